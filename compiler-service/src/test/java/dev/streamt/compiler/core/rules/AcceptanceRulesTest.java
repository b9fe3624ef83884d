package dev.streamt.compiler.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.CompileOutcome;
import dev.streamt.compiler.core.CompileRequest;
import dev.streamt.compiler.core.ForeignManifests;
import dev.streamt.compiler.core.ProjectCompiler;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance cases of shared/acceptance/compile whose outcome the rules decide, copied verbatim: compiled by the
 * {@link ProjectCompiler} (load, plan, artifacts, every rule), the project has exactly the expected error codes, the
 * expected warnings and the expected message fragments, and a manifest exactly when it is valid.
 */
class AcceptanceRulesTest {

    /** One case: its project file and what expected.json says about diagnostics. */
    record Case(String name, String project, boolean valid, List<String> errors, List<String> warnings,
            List<String> messageContains) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("09_continuous_test_needs_flink", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: clean
                  sql: SELECT * FROM {{ source("orders_raw") }}
                tests:
                - name: q
                  model: clean
                  type: continuous
                  assertions:
                  - not_null:
                      columns:
                      - order_id
                """, false, List.of("CONTINUOUS_TEST_REQUIRES_FLINK"), List.of(), List.of()),
                new Case("13_flink_required", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: per_customer
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source("orders_raw") }} GROUP BY customer_id
                """, false, List.of("FLINK_REQUIRED"), List.of(), List.of()),
                new Case("15_state_ttl_negative", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  flink:
                    default: local
                    clusters:
                      local:
                        type: rest
                        rest_url: http://localhost:8081
                        sql_gateway_url: http://localhost:8083
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: agg
                  sql: SELECT order_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY order_id
                  advanced:
                    flink:
                      state_ttl_ms: -1000
                """, false, List.of("INVALID_STATE_TTL"), List.of(), List.of()),
                new Case("17_state_ttl_too_short_warns", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  flink:
                    default: local
                    clusters:
                      local:
                        type: rest
                        rest_url: http://localhost:8081
                        sql_gateway_url: http://localhost:8083
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: agg
                  sql: SELECT order_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY order_id
                  advanced:
                    flink:
                      state_ttl_ms: 500
                """, true, List.of(), List.of("STATE_TTL_TOO_SHORT"), List.of()),
                new Case("19_rule_max_partitions", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  flink:
                    default: local
                    clusters:
                      local:
                        type: rest
                        rest_url: http://localhost:8081
                        sql_gateway_url: http://localhost:8083
                rules:
                  topics:
                    max_partitions: 32
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: per_customer
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY customer_id
                  advanced:
                    topic:
                      partitions: 64
                """, false, List.of("RULE_MAX_PARTITIONS"), List.of(), List.of()),
                new Case("21_rule_naming_pattern", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  flink:
                    default: local
                    clusters:
                      local:
                        type: rest
                        rest_url: http://localhost:8081
                        sql_gateway_url: http://localhost:8083
                rules:
                  topics:
                    naming_pattern: ^[a-z]+\\.[a-z_]+\\.v[0-9]+$
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: per_customer
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY customer_id
                - name: per_customer_ok
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY customer_id
                  advanced:
                    topic:
                      name: orders.per_customer.v1
                """, false, List.of("RULE_NAMING_PATTERN"), List.of(), List.of("Topic name 'per_customer'")),
                new Case("23_rule_require_description_owner", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  flink:
                    default: local
                    clusters:
                      local:
                        type: rest
                        rest_url: http://localhost:8081
                        sql_gateway_url: http://localhost:8083
                rules:
                  models:
                    require_description: true
                    require_owner: true
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: per_customer
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY customer_id
                """, false, List.of("RULE_REQUIRE_DESCRIPTION", "RULE_REQUIRE_OWNER"), List.of(), List.of()),
                new Case("25_rule_max_dependencies", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  flink:
                    default: local
                    clusters:
                      local:
                        type: rest
                        rest_url: http://localhost:8081
                        sql_gateway_url: http://localhost:8083
                rules:
                  models:
                    max_dependencies: 2
                sources:
                - name: a
                  topic: a
                - name: b
                  topic: b
                - name: c
                  topic: c
                models:
                - name: joined
                  sql: |
                    SELECT a.id, b.x, c.y
                    FROM {{ source("a") }} a
                    JOIN {{ source("b") }} b ON a.id = b.id
                    JOIN {{ source("c") }} c ON a.id = c.id
                """, false, List.of("RULE_MAX_DEPENDENCIES"), List.of(), List.of()),
                new Case("27_rule_require_classification", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                rules:
                  security:
                    require_classification: true
                sources:
                - name: users
                  topic: users.v1
                  columns:
                  - name: user_id
                    classification: internal
                  - name: email
                """, false, List.of("RULE_REQUIRE_CLASSIFICATION"), List.of(),
                        List.of("Column 'email' in source 'users'")),
                new Case("29_rules_all_pass", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  flink:
                    default: local
                    clusters:
                      local:
                        type: rest
                        rest_url: http://localhost:8081
                        sql_gateway_url: http://localhost:8083
                rules:
                  topics:
                    min_partitions: 3
                  models:
                    require_description: true
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: per_customer
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY customer_id
                  advanced:
                    topic:
                      partitions: 6
                  description: Counts per customer
                """, true, List.of(), List.of(), List.of()),
                new Case("31_test_model_not_found", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                tests:
                - name: test1
                  model: nonexistent
                  type: schema
                  assertions: []
                """, false, List.of("TEST_MODEL_NOT_FOUND"), List.of(), List.of()),
                new Case("33_dlq_model_not_found", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  flink:
                    default: local
                    clusters:
                      local:
                        type: rest
                        rest_url: http://localhost:8081
                        sql_gateway_url: http://localhost:8083
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: clean
                  sql: SELECT * FROM {{ source("orders_raw") }}
                tests:
                - name: q
                  model: clean
                  type: sample
                  assertions:
                  - not_null:
                      columns:
                      - order_id
                  on_failure:
                    severity: error
                    actions:
                    - dlq:
                        model: clean_dlq
                """, false, List.of("DLQ_MODEL_NOT_FOUND"), List.of(), List.of()),
                new Case("35_ml_predict_opaque_warning", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  flink:
                    default: cc
                    clusters:
                      cc:
                        type: confluent
                        environment: env-xxx
                sources:
                - name: events
                  topic: events.v1
                models:
                - name: predictions
                  sql: SELECT event_id, ML_PREDICT(fraud_model, amount) AS prediction FROM {{ source("events") }}
                """, true, List.of(), List.of("ML_PREDICT_OPAQUE_OUTPUT"), List.of()),
                new Case("37_unused_from_warning", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  flink:
                    default: local
                    clusters:
                      local:
                        type: rest
                        rest_url: http://localhost:8081
                        sql_gateway_url: http://localhost:8083
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                - name: customers_raw
                  topic: t2
                models:
                - name: clean
                  from:
                  - source: orders_raw
                  - source: customers_raw
                  sql: SELECT * FROM {{ source("orders_raw") }}
                """, true, List.of(), List.of("UNUSED_FROM_SOURCE"), List.of()),
                new Case("41_stateless_with_gateway_is_virtual_topic", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  conduktor:
                    gateway:
                      admin_url: http://localhost:8888
                      proxy_bootstrap: localhost:6969
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: eu_orders
                  sql: SELECT * FROM {{ source("orders_raw") }} WHERE region = 'EU'
                """, true, List.of(), List.of(), List.of()),
                new Case("43_sink_connector", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  connect:
                    default: local
                    clusters:
                      local:
                        rest_url: http://localhost:8083
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: clean
                  sql: SELECT * FROM {{ source("orders_raw") }}
                - name: to_snowflake
                  from:
                  - ref: clean
                  connector:
                    type: snowflake-sink
                    config:
                      snowflake.database.name: ANALYTICS
                  security:
                    policies:
                    - mask:
                        column: card_number
                        method: redact
                """, true, List.of(), List.of("SECURITY_POLICIES_NOT_ENFORCED"), List.of()),
                new Case("53_silently_ignored_toplevel_topic", """
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  flink:
                    default: local
                    clusters:
                      local:
                        type: rest
                        rest_url: http://localhost:8081
                        sql_gateway_url: http://localhost:8083
                rules:
                  topics:
                    min_partitions: 8
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: agg
                  topic:
                    partitions: 6
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY
                    customer_id
                """, false, List.of("RULE_MIN_PARTITIONS"), List.of(), List.of()));
    }

    private static final ProjectCompiler COMPILER = new ProjectCompiler();

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theCompilerGivesTheExpectedDiagnostics(Case acceptance) {
        CompileOutcome outcome = COMPILER.compile(new CompileRequest(Map.of("stream_project.yml",
                acceptance.project().getBytes(StandardCharsets.UTF_8)), null, Map.of()), ForeignManifests.NONE,
                Instant.EPOCH);

        Diagnostics result = outcome.diagnostics();
        assertThat(result.valid()).as("valid, with %s", result).isEqualTo(acceptance.valid());
        assertThat(outcome.manifest() != null).as("a manifest").isEqualTo(acceptance.valid());
        assertThat(result.errors()).extracting(Diagnostic::code).as("error codes")
                .hasSameElementsAs(acceptance.errors());
        assertThat(result.warnings()).extracting(Diagnostic::code).as("warning codes")
                .containsAll(acceptance.warnings());
        for (String fragment : acceptance.messageContains()) {
            assertThat(RuleFixture.all(result)).extracting(Diagnostic::message).as("messages")
                    .anySatisfy(message -> assertThat(message).contains(fragment));
        }
    }
}
