package dev.streamt.compiler.core.project;

import static dev.streamt.compiler.core.project.TestProjects.assertAt;
import static dev.streamt.compiler.core.project.TestProjects.load;
import static dev.streamt.compiler.core.project.TestProjects.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.contracts.manifest.Materialization;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectLoaderTest {

    private static final String PROJECT = TestProjects.HEADER + """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            models:
            - name: orders_clean
              sql: SELECT * FROM {{ source("orders_raw") }} WHERE amount > 0
            """;

    @Test
    void readsTheProjectBlockAndItsPositions() {
        ProjectDefinition project = TestProjects.valid(PROJECT);

        assertThat(project.project().name()).isEqualTo("shop");
        assertThat(project.project().version()).isEqualTo("1.0.0");
        assertAt(project.project().spanOf("name"), "stream_project.yml", 2, 3, "project.name");
        assertAt(project.positions().of("runtime"), "stream_project.yml", 4, 1, "runtime");
        assertThat(project.environment()).isNull();
        assertThat(project.runtime().kafka().bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(project.source("orders_raw")).get().extracting(SourceDefinition::topic).isEqualTo("orders.raw.v1");
        assertThat(project.model("orders_clean")).isPresent();
        assertThat(project.model("nope")).isEmpty();
    }

    @Test
    void mergesBlockFilesInPathOrderAfterTheProjectFile() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("stream_project.yml", PROJECT);
        files.put("models/b.yml", "models:\n- name: model_b\n  sql: SELECT * FROM {{ ref('orders_clean') }}\n");
        files.put("models/a/deep.yaml", "models:\n- name: model_a\n  sql: SELECT 1\n");
        files.put("sources/s.yml", "sources:\n- name: extra\n  topic: extra.v1\n");
        files.put("tests/t.yml", "tests:\n- name: t1\n  model: model_a\n  type: schema\n");
        files.put("exposures/e.yml", "exposures:\n- name: app\n  type: application\n");
        files.put("models/readme.md", "not: [yaml");
        files.put("macros/x.yml", "not: [yaml");

        LoadResult result = load(files, null, Map.of());

        assertThat(result.diagnostics()).isEmpty();
        ProjectDefinition project = result.project();
        assertThat(project.models()).extracting(ModelDefinition::name)
                .containsExactly("orders_clean", "model_a", "model_b");
        assertThat(project.sources()).extracting(SourceDefinition::name).containsExactly("orders_raw", "extra");
        assertThat(project.tests()).extracting(TestDefinition::name).containsExactly("t1");
        assertThat(project.exposures()).extracting(ExposureDefinition::name).containsExactly("app");
        assertAt(project.model("model_b").orElseThrow().span(), "models/b.yml", 2, 3, "models[0]");
        assertAt(project.model("model_a").orElseThrow().spanOf("sql"), "models/a/deep.yaml", 3, 3, "models[0].sql");
    }

    @Test
    void blockFilesMayOnlyHoldDefinitionLists() {
        Map<String, String> files = Map.of("stream_project.yml", PROJECT,
                "models/x.yml", "models: []\nruntime:\n  kafka: {}\nmodles: []\n");

        LoadResult result = load(files, null, Map.of());

        assertThat(result.codes()).containsExactly("UNKNOWN_FIELD", "UNKNOWN_FIELD");
        assertAt(result.diagnostics().get(0), "models/x.yml", 2, 1, "runtime");
        assertThat(result.diagnostics().get(0).hint()).contains("stream_project.yml or environments/<env>.yml");
        assertAt(result.diagnostics().get(1), "models/x.yml", 4, 1, "modles");
        assertThat(result.diagnostics().get(1).hint()).isEqualTo("Did you mean 'models'?");
    }

    @Test
    void collectsTheVariablesOfEveryValueSortedAndKeepsThemVerbatim() {
        ProjectDefinition project = TestProjects.valid("""
                project:
                  name: shop
                runtime:
                  kafka:
                    bootstrap_servers: ${KAFKA_BOOTSTRAP}
                    sasl_password: "${KAFKA_PASSWORD}"
                  schema_registry:
                    url: ${SR_URL:-http://localhost:8081}
                models:
                - name: sink
                  from: x
                  connector:
                    type: snowflake-sink
                    config:
                      snowflake.url.name: ${SNOWFLAKE_URL}
                      snowflake.user.name: prefix-${SNOWFLAKE_USER}-suffix
                """);

        assertThat(project.requiredVariables()).containsExactly("KAFKA_BOOTSTRAP", "KAFKA_PASSWORD", "SNOWFLAKE_URL",
                "SNOWFLAKE_USER", "SR_URL");
        assertThat(project.runtime().kafka().bootstrapServers()).isEqualTo("${KAFKA_BOOTSTRAP}");
        assertThat(project.runtime().schemaRegistry().url()).isEqualTo("${SR_URL:-http://localhost:8081}");
        assertThat(project.model("sink").orElseThrow().connector().config())
                .containsEntry("snowflake.user.name", "prefix-${SNOWFLAKE_USER}-suffix");
    }

    @Test
    void isDeterministic() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("stream_project.yml", PROJECT + "  topic: {partitions: 3, config: {b: 1, a: 2}}\n");
        files.put("models/z.yml", "models:\n- name: z\n  sql: SELECT 1\n  tags: [b, a]\n");
        files.put("models/y.yml", "models:\n- name: y\n  sql: SELECT 2\n  unknown: 1\n");

        LoadResult first = load(files, null, Map.of("v", "1"));
        LoadResult second = load(new java.util.TreeMap<>(files), null, Map.of("v", "1"));

        assertThat(second.diagnostics()).isEqualTo(first.diagnostics());
        assertThat(second.project()).isEqualTo(first.project());
        assertThat(second.project().toString()).isEqualTo(first.project().toString());
        assertThat(first.project().models()).extracting(ModelDefinition::name).containsExactly("orders_clean", "y",
                "z");
    }

    @Test
    void reportsAMissingProjectFileAndReturnsNoProject() {
        LoadResult result = load(Map.of("models/a.yml", "models: []\n"), null, Map.of());

        assertThat(result.project()).isNull();
        assertThat(only(result, "INVALID_VALUE").file()).isEqualTo("stream_project.yml");
        assertThat(result.diagnostics().get(0).message()).contains("no stream_project.yml");
    }

    @Test
    void reportsAMissingOrInvalidProjectName() {
        LoadResult missing = load("runtime:\n  kafka:\n    bootstrap_servers: k:9092\n");
        assertThat(missing.project()).isNull();
        assertAt(only(missing, "INVALID_VALUE"), "stream_project.yml", 1, 1, "project");

        LoadResult invalid = load("project:\n  name: Shop Orders\nruntime:\n  kafka:\n    bootstrap_servers: k\n");
        assertThat(invalid.project()).isNull();
        assertAt(only(invalid, "INVALID_VALUE"), "stream_project.yml", 2, 9, "project.name");
        assertThat(invalid.diagnostics().get(0).message()).contains("^[a-z][a-z0-9_-]*$");
    }

    @Test
    void requiresKafkaBootstrapServers() {
        LoadResult result = load("project:\n  name: shop\n");

        assertAt(only(result, "INVALID_VALUE"), "stream_project.yml", 1, 1, "runtime.kafka.bootstrap_servers");
        assertThat(result.project()).isNotNull();
        assertThat(result.project().runtime().kafka()).isNull();

        LoadResult empty = load("project:\n  name: shop\nruntime:\n  kafka:\n    security_protocol: SSL\n");
        assertAt(only(empty, "INVALID_VALUE"), "stream_project.yml", 5, 5, "runtime.kafka.bootstrap_servers");
    }

    @Test
    void keepsValidDefinitionsWhenOthersAreBroken() {
        LoadResult result = TestProjects.loadWithHeader("""
                models:
                - name: good
                  sql: SELECT 1
                  materialized: flink
                - sql: SELECT 2
                - name: half
                  materialized: streaming
                """);

        assertThat(result.codes()).containsExactly("INVALID_VALUE", "INVALID_VALUE");
        assertThat(result.project().models()).extracting(ModelDefinition::name).containsExactly("good", "half");
        assertThat(result.project().model("good").orElseThrow().materialized()).isEqualTo(Materialization.FLINK);
        assertThat(result.project().model("half").orElseThrow().materialized()).isNull();
    }
}
