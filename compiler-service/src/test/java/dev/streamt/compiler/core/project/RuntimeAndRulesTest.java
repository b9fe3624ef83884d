package dev.streamt.compiler.core.project;

import static dev.streamt.compiler.core.project.TestProjects.assertAt;
import static dev.streamt.compiler.core.project.TestProjects.load;
import static dev.streamt.compiler.core.project.TestProjects.loadWithHeader;
import static dev.streamt.compiler.core.project.TestProjects.only;
import static dev.streamt.compiler.core.project.TestProjects.validWithHeader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.compiler.core.project.policy.ModelRules;
import dev.streamt.compiler.core.project.policy.Rules;
import dev.streamt.compiler.core.project.policy.SecurityRules;
import dev.streamt.compiler.core.project.policy.SourceRules;
import dev.streamt.compiler.core.project.policy.TopicRules;
import dev.streamt.compiler.core.project.runtime.ConsoleConfig;
import dev.streamt.compiler.core.project.runtime.FlinkCluster;
import dev.streamt.compiler.core.project.runtime.FlinkClusterType;
import dev.streamt.compiler.core.project.runtime.GatewayConfig;
import dev.streamt.compiler.core.project.runtime.KafkaRuntime;
import dev.streamt.compiler.core.project.runtime.RuntimeConfig;
import dev.streamt.compiler.core.project.runtime.SchemaRegistry;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuntimeAndRulesTest {

    @Test
    void readsTheWholeRuntime() {
        RuntimeConfig runtime = TestProjects.valid("""
                project:
                  name: shop
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                    bootstrap_servers_internal: kafka:29092
                    security_protocol: SASL_SSL
                    sasl_mechanism: scram-sha-512
                    sasl_username: user
                    sasl_password: ${KAFKA_PASSWORD}
                    ssl_ca_location: /ca.pem
                  schema_registry:
                    url: http://sr:8081
                    username: u
                  flink:
                    clusters:
                      cc:
                        type: confluent
                        environment: env-1
                        api_key: ${CC_KEY}
                  connect:
                    default: main
                    clusters:
                      main:
                        rest_url: http://connect:8083
                  conduktor:
                    gateway:
                      admin_url: http://gw:8888
                      proxy_bootstrap: gw:6969
                      virtual_cluster: vc
                    console:
                      url: http://console
                """).runtime();

        assertThat(runtime.kafka()).isEqualTo(new KafkaRuntime("localhost:9092", "kafka:29092", "SASL_SSL",
                "SCRAM-SHA-512", "user", "${KAFKA_PASSWORD}", Map.of("ssl_ca_location", "/ca.pem")));
        assertThat(runtime.kafka().effectiveInternalBootstrapServers()).isEqualTo("kafka:29092");
        assertThat(runtime.schemaRegistry()).isEqualTo(new SchemaRegistry("http://sr:8081", "u", null));
        FlinkCluster cc = runtime.flink().effectiveDefault().orElseThrow();
        assertThat(cc.type()).isEqualTo(FlinkClusterType.CONFLUENT);
        assertThat(cc.environment()).isEqualTo("env-1");
        assertAt(cc.span(), "stream_project.yml", 17, 7, "runtime.flink.clusters.cc");
        assertThat(runtime.connect().effectiveDefault().orElseThrow().restUrl()).isEqualTo("http://connect:8083");
        assertThat(runtime.conduktor().gateway()).isEqualTo(new GatewayConfig("http://gw:8888", "gw:6969", null, null,
                "vc"));
        assertThat(runtime.conduktor().console()).isEqualTo(new ConsoleConfig("http://console", null));
        assertThat(runtime.hasFlink()).isTrue();
        assertThat(runtime.hasGateway()).isTrue();
        assertThat(runtime.hasConnect()).isTrue();
    }

    @Test
    void checksRuntimeValues() {
        LoadResult result = load("""
                project:
                  name: shop
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                    security_protocol: TLS
                  schema_registry:
                    username: u
                  flink:
                    default: lokal
                    clusters:
                      local:
                        type: kubernetes
                """);

        assertThat(result.diagnostics()).extracting(Diagnostic::path).containsExactly(
                "runtime.kafka.security_protocol", "runtime.schema_registry.url", "runtime.flink.default",
                "runtime.flink.clusters.local.type");
        assertThat(result.diagnostics().get(2).hint()).isEqualTo("Did you mean 'local'?");
        assertThat(result.diagnostics().get(0).hint()).contains("PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL");
    }

    @Test
    void clusterNamesUsedByModelsAndTestsMustBeDeclared() {
        LoadResult result = load("""
                project:
                  name: shop
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  flink:
                    clusters:
                      production: {rest_url: http://x}
                defaults:
                  tests:
                    flink_cluster: prod
                models:
                - name: m
                  sql: SELECT 1
                  advanced:
                    flink:
                      cluster: producton
                tests:
                - name: q
                  model: m
                  type: continuous
                  flink_cluster: production
                """);

        assertThat(result.diagnostics()).extracting(Diagnostic::path).containsExactly(
                "defaults.tests.flink_cluster", "models[0].advanced.flink.cluster");
        assertThat(result.diagnostics().get(1).hint()).isEqualTo("Did you mean 'production'?");
        assertAt(result.diagnostics().get(1), "stream_project.yml", 17, 7, "models[0].advanced.flink.cluster");
    }

    @Test
    void readsRulesWithTheirSeverity() {
        Rules rules = validWithHeader("""
                rules:
                  severity: warning
                  topics:
                    min_partitions: 3
                    max_partitions: 32
                    min_replication_factor: 2
                    max_replication_factor: 3
                    naming_pattern: ^[a-z]+\\.[a-z_]+\\.v[0-9]+$
                    forbidden_prefixes: [tmp_]
                    forbidden_suffixes: [_old]
                    required_config:
                      cleanup.policy: delete
                    severity: error
                  models:
                    require_description: true
                    require_owner: true
                    require_tests: true
                    max_dependencies: 2
                  sources:
                    require_schema: true
                    require_freshness: true
                  security:
                    require_classification: true
                    sensitive_columns_require_masking: true
                """).rules();

        assertThat(rules.topics()).isEqualTo(new TopicRules(3, 32, 2, 3, "^[a-z]+\\.[a-z_]+\\.v[0-9]+$",
                List.of("tmp_"), List.of("_old"), Map.of("cleanup.policy", "delete"), List.of(), Severity.ERROR));
        assertThat(rules.topics().namingRegex().matcher("orders.per_customer.v1").matches()).isTrue();
        assertThat(rules.models()).isEqualTo(new ModelRules(true, true, true, 2, Severity.WARNING));
        assertThat(rules.sources()).isEqualTo(new SourceRules(true, true, Severity.WARNING));
        assertThat(rules.security()).isEqualTo(new SecurityRules(true, true, Severity.WARNING));
        assertAt(rules.spanOf("topics.min_partitions"), "stream_project.yml", 10, 5, "rules.topics.min_partitions");
    }

    @Test
    void acceptsTheRequiredConfigKeyListAndDefaultsToNoRules() {
        assertThat(validWithHeader("rules:\n  topics:\n    required_config: [retention.ms]\n").rules().topics()
                .requiredConfigKeys()).containsExactly("retention.ms");
        Rules none = validWithHeader("").rules();
        assertThat(none.topics()).isEqualTo(TopicRules.NONE);
        assertThat(none.models().severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void checksRuleValues() {
        LoadResult result = loadWithHeader("""
                rules:
                  topics:
                    min_partitions: 8
                    max_partitions: 4
                    naming_pattern: "[unclosed"
                  models:
                    max_dependencies: -1
                    severity: fatal
                """);

        assertThat(result.diagnostics()).extracting(Diagnostic::path).containsExactly("rules.topics.min_partitions",
                "rules.topics.naming_pattern", "rules.models.max_dependencies", "rules.models.severity");
        assertThat(result.diagnostics().get(1).message()).contains("not a valid regular expression");
    }

    @Test
    void readsModelFieldsAndAccessForms() {
        ProjectDefinition project = validWithHeader("""
                models:
                - name: pub
                  sql: SELECT 1
                  access: public
                  group: finance
                  version: 2
                  key: customer_id
                  owner: team
                  tags: [a]
                  columns:
                  - name: email
                    classification: sensitive
                  security:
                    classification:
                      phone: highly_sensitive
                - name: prot
                  sql: SELECT 1
                  access:
                    level: protected
                    allowed_groups: [analytics, data-science]
                - name: priv
                  sql: SELECT 1
                """);

        ModelDefinition pub = project.model("pub").orElseThrow();
        assertThat(pub.access().level().wireValue()).isEqualTo("public");
        assertThat(pub.version()).isEqualTo("2");
        assertThat(pub.key()).isEqualTo("customer_id");
        assertThat(pub.classificationOf("email").wireValue()).isEqualTo("sensitive");
        assertThat(pub.classificationOf("phone").wireValue()).isEqualTo("highly_sensitive");
        assertThat(pub.classificationOf("other")).isNull();
        assertThat(project.model("prot").orElseThrow().access().allowedGroups()).containsExactly("analytics",
                "data-science");
        assertThat(project.model("priv").orElseThrow().access().level().wireValue()).isEqualTo("private");
        assertThat(only(loadWithHeader("models:\n- name: m\n  sql: ''\n"), "INVALID_VALUE").message())
                .isEqualTo("'models[0].sql' is empty");
    }
}
