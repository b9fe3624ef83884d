package dev.streamt.compiler.core.project;

import static dev.streamt.compiler.core.project.TestProjects.assertAt;
import static dev.streamt.compiler.core.project.TestProjects.load;
import static dev.streamt.compiler.core.project.TestProjects.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.compiler.core.project.policy.Safety;
import dev.streamt.compiler.core.project.runtime.FlinkCluster;
import dev.streamt.compiler.core.project.runtime.FlinkClusterType;
import dev.streamt.compiler.core.project.runtime.KafkaRuntime;
import dev.streamt.runtime.text.DidYouMean;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentsTest {

    private static Map<String, String> project() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("stream_project.yml", """
                project:
                  name: t
                vars:
                  region: eu
                  limit: 10
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                    security_protocol: PLAINTEXT
                  flink:
                    default: local
                    clusters:
                      local:
                        type: rest
                        rest_url: http://localhost:8081
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                """);
        files.put("environments/dev.yml", """
                environment:
                  name: dev
                  description: Local
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                """);
        files.put("environments/prod.yml", """
                environment:
                  name: prod
                  protected: true
                runtime:
                  kafka:
                    bootstrap_servers: ${PROD_KAFKA}
                    security_protocol: sasl_ssl
                  flink:
                    clusters:
                      local:
                        rest_url: https://flink.prod:8081
                vars:
                  region: us
                safety:
                  allow_destructive: false
                """);
        return files;
    }

    @Test
    void requiresAnEnvironmentWhenTheProjectHasSome() {
        LoadResult result = load(project(), null, Map.of());

        assertThat(result.project()).isNull();
        assertThat(only(result, "ENVIRONMENT_REQUIRED").message()).contains("dev").contains("prod");
        assertThat(result.diagnostics().get(0).hint()).contains("env=dev");
    }

    @Test
    void reportsAnUnknownEnvironmentWithDidYouMean() {
        LoadResult result = load(project(), "prd", Map.of());

        assertThat(result.project()).isNull();
        assertThat(only(result, "ENVIRONMENT_NOT_FOUND").message()).contains("'prd'").contains("dev, prod");
        assertThat(result.diagnostics().get(0).hint()).isEqualTo("Did you mean 'prod'?");
    }

    @Test
    void reportsAnEnvironmentForAProjectWithoutEnvironments() {
        LoadResult result = load(Map.of("stream_project.yml", TestProjects.HEADER), "dev", Map.of());

        assertThat(only(result, "ENVIRONMENT_NOT_FOUND").message()).contains("no environments");
        assertThat(result.project()).isNull();
    }

    @Test
    void doesNotReportTheMissingRuntimeWhenNoEnvironmentIsChosen() {
        Map<String, String> files = project();
        files.put("stream_project.yml", "project:\n  name: t\n");

        assertThat(load(files, null, Map.of()).codes()).containsExactly("ENVIRONMENT_REQUIRED");
        assertThat(load(files, "dev", Map.of()).diagnostics()).isEmpty();
    }

    @Test
    void overlaysTheEnvironmentRuntimeDeeplyAndItsVars() {
        LoadResult result = load(project(), "prod", Map.of());

        assertThat(result.diagnostics()).isEmpty();
        ProjectDefinition project = result.project();
        assertThat(project.environmentName()).isEqualTo("prod");
        assertThat(project.environment().protectedEnvironment()).isTrue();
        assertThat(project.environment().safety()).isEqualTo(new Safety(true, false, false));
        KafkaRuntime kafka = project.runtime().kafka();
        assertThat(kafka.bootstrapServers()).isEqualTo("${PROD_KAFKA}");
        assertThat(kafka.securityProtocol()).isEqualTo("SASL_SSL");
        FlinkCluster local = project.runtime().flink().cluster("local").orElseThrow();
        assertThat(local.restUrl()).isEqualTo("https://flink.prod:8081");
        assertThat(local.type()).isEqualTo(FlinkClusterType.REST);
        assertThat(project.runtime().flink().defaultCluster()).isEqualTo("local");
        assertThat(project.vars()).containsEntry("region", "us").containsEntry("limit", 10L);
        assertThat(project.requiredVariables()).containsExactly("PROD_KAFKA");
        assertAt(project.runtime().spanOf("kafka.bootstrap_servers"), "environments/prod.yml", 6, 5,
                "runtime.kafka.bootstrap_servers");
        assertAt(project.runtime().spanOf("flink.default"), "stream_project.yml", 11, 5, "runtime.flink.default");
        assertAt(project.positions().of("vars.region"), "environments/prod.yml", 13, 3, "vars.region");
        assertAt(project.positions().of("vars.limit"), "stream_project.yml", 5, 3, "vars.limit");
    }

    @Test
    void anEnvironmentThatIsNotProtectedNeedsNoConfirmationByDefault() {
        ProjectDefinition project = load(project(), "dev", Map.of()).project();

        assertThat(project.environment().description()).isEqualTo("Local");
        assertThat(project.environment().safety()).isEqualTo(Safety.DEFAULT);
        assertThat(project.runtime().kafka().securityProtocol()).isEqualTo("PLAINTEXT");
    }

    @Test
    void appliesVarOverridesLastWithScalarTypes() {
        LoadResult result = load(project(), "prod", Map.of("region", "apac", "limit", "25", "ratio", "0.5",
                "debug", "TRUE", "path", "${DATA_PATH}"));

        assertThat(result.project().vars()).containsEntry("region", "apac").containsEntry("limit", 25L)
                .containsEntry("ratio", 0.5).containsEntry("debug", true).containsEntry("path", "${DATA_PATH}");
        assertThat(result.project().requiredVariables()).contains("DATA_PATH");
    }

    @Test
    void checksTheEnvironmentFileStrictly() {
        Map<String, String> files = project();
        files.put("environments/dev.yml", """
                environment:
                  name: development
                  protectd: true
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                safety:
                  confirm_apply: maybe
                secrets: {}
                """);

        LoadResult result = load(files, "dev", Map.of());

        assertThat(result.codes()).containsExactly("INVALID_VALUE", "UNKNOWN_FIELD", "INVALID_VALUE",
                "UNKNOWN_FIELD");
        assertAt(result.diagnostics().get(0), "environments/dev.yml", 2, 9, "environment.name");
        assertAt(result.diagnostics().get(1), "environments/dev.yml", 3, 3, "environment.protectd");
        assertThat(result.diagnostics().get(1).hint()).isEqualTo("Did you mean 'protected'?");
        assertAt(result.diagnostics().get(2), "environments/dev.yml", 8, 18, "safety.confirm_apply");
        assertAt(result.diagnostics().get(3), "environments/dev.yml", 9, 1, "secrets");
    }

    @Test
    void aBrokenEnvironmentFileGivesNoProject() {
        Map<String, String> files = project();
        files.put("environments/dev.yml", "runtime: [unclosed\n");

        LoadResult result = load(files, "dev", Map.of());

        assertThat(result.codes()).containsExactly("YAML_SYNTAX_ERROR");
        assertThat(result.diagnostics().get(0).file()).isEqualTo("environments/dev.yml");
        assertThat(result.project()).isNull();
    }
}
