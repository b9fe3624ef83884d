package dev.streamt.compiler.core.project;

import static dev.streamt.compiler.core.project.TestProjects.assertAt;
import static dev.streamt.compiler.core.project.TestProjects.loadWithHeader;
import static dev.streamt.compiler.core.project.TestProjects.only;
import static dev.streamt.compiler.core.project.TestProjects.validWithHeader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.manifest.ExposureRole;
import dev.streamt.contracts.manifest.ExposureType;
import dev.streamt.contracts.testing.TestType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestsAndExposuresTest {

    @Test
    void readsEveryAssertionKind() {
        TestDefinition test = validWithHeader("""
                tests:
                - name: q
                  model: orders
                  type: continuous
                  description: checks
                  flink_cluster: local
                  assertions:
                  - not_null: {columns: [id, amount]}
                  - accepted_values: {column: status, values: [NEW, PAID, 3, true]}
                  - accepted_types: {types: {id: bigint, ts: timestamp}}
                  - range: {column: amount, min: 0, max: 1e6}
                  - unique_key: {key: id, tolerance: 0.01, window: 1h}
                  - unique_key: {key: [a, b]}
                  - foreign_key: {column: cid, ref_model: customers, ref_key: id, window: 10m, match_rate: 0.99}
                  - max_lag: {column: ts, max_seconds: 30}
                  - throughput: {min_per_second: 1, max_per_second: 500.5}
                  - distribution:
                      column: amount
                      buckets:
                      - {min: 0, max: 10, expected_ratio: 0.5, tolerance: 0.1}
                  - custom_sql: {sql: "SELECT 1", expect: {rows: 0}}
                """).test("q").orElseThrow();

        assertThat(test.type()).isEqualTo(TestType.CONTINUOUS);
        assertThat(test.flinkCluster()).isEqualTo("local");
        assertThat(test.assertions()).extracting(Assertion::kind).containsExactly("not_null", "accepted_values",
                "accepted_types", "range", "unique_key", "unique_key", "foreign_key", "max_lag", "throughput",
                "distribution", "custom_sql");
        List<Assertion> a = test.assertions();
        assertThat(((Assertion.NotNull) a.get(0)).columns()).containsExactly("id", "amount");
        assertThat(((Assertion.AcceptedValues) a.get(1)).values()).containsExactly("NEW", "PAID", 3L, true);
        assertThat(((Assertion.AcceptedTypes) a.get(2)).types()).containsExactly(Map.entry("id", "bigint"),
                Map.entry("ts", "timestamp"));
        assertThat(((Assertion.Range) a.get(3)).max()).isEqualByComparingTo(new BigDecimal("1000000"));
        assertThat((Assertion.UniqueKey) a.get(4)).isEqualTo(new Assertion.UniqueKey(List.of("id"), 0.01,
                Duration.ofHours(1), a.get(4).span()));
        assertThat(((Assertion.UniqueKey) a.get(5)).key()).containsExactly("a", "b");
        assertThat(((Assertion.ForeignKey) a.get(6)).matchRate()).isEqualTo(0.99);
        assertThat(((Assertion.MaxLag) a.get(7)).maxSeconds()).isEqualTo(30L);
        assertThat(((Assertion.Throughput) a.get(8)).maxPerSecond()).isEqualByComparingTo("500.5");
        assertThat(((Assertion.Distribution) a.get(9)).buckets()).hasSize(1);
        assertThat(((Assertion.CustomSql) a.get(10)).expect()).isEqualTo(Map.of("rows", 0L));
        assertAt(a.get(3).span(), "stream_project.yml", 17, 5, "tests[0].assertions[3]");
        assertThat(test.effectiveSampleSize()).isEqualTo(100);
        assertThat(test.effectiveTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void checksAssertionShapes() {
        LoadResult result = loadWithHeader("""
                tests:
                - name: q
                  model: orders
                  type: sample
                  sample_size: 0
                  assertions:
                  - not_null: {columns: [a]}
                    range: {column: b, min: 1}
                  - unknown_check: {x: 1}
                  - range: {column: b}
                  - range: {column: b, min: 5, max: 1}
                  - accepted_values: {column: s}
                  - not_null:
                  - foreign_key: {column: c, ref_model: m, ref_key: id, match_rate: 2}
                  - accepted_types: {types: {a: float}}
                """);

        assertThat(result.diagnostics()).extracting(Diagnostic::path).containsExactly("tests[0].sample_size",
                "tests[0].assertions[0]", "tests[0].assertions[1].unknown_check", "tests[0].assertions[2].range",
                "tests[0].assertions[3].range.min", "tests[0].assertions[4].accepted_values.values",
                "tests[0].assertions[5].not_null", "tests[0].assertions[6].foreign_key.match_rate",
                "tests[0].assertions[7].accepted_types.types.a");
        assertThat(result.project().test("q").orElseThrow().assertions()).extracting(Assertion::kind)
                .containsExactly("foreign_key", "accepted_types");
        assertThat(result.project().test("q").orElseThrow().sampleSize()).isNull();
    }

    @Test
    void readsTheListFormOfOnFailure() {
        TestDefinition test = validWithHeader("""
                tests:
                - name: q
                  model: orders
                  type: sample
                  sample_size: 500
                  timeout: 2m
                  on_failure:
                  - alert: {channel: pagerduty, message: broken}
                  - pause: {model: orders_clean}
                  - dlq: {topic: orders.dlq, include_error: true}
                  - block_deploy: true
                  - block_deploy
                """).test("q").orElseThrow();

        assertThat(test.onFailureSeverity()).isNull();
        assertThat(test.effectiveSampleSize()).isEqualTo(500);
        assertThat(test.effectiveTimeout()).isEqualTo(Duration.ofMinutes(2));
        List<OnFailureAction> actions = test.onFailure();
        assertThat(actions).extracting(OnFailureAction::kind).containsExactly("alert", "pause", "dlq", "block_deploy",
                "block_deploy");
        assertThat(actions.get(0)).isEqualTo(new OnFailureAction.Alert("pagerduty", null, "broken",
                actions.get(0).span()));
        assertThat(actions.get(2)).isEqualTo(new OnFailureAction.Dlq("orders.dlq", true, null, actions.get(2).span()));
    }

    @Test
    void checksOnFailureActions() {
        LoadResult result = loadWithHeader("""
                tests:
                - name: q
                  model: orders
                  type: snapshot
                  on_failure:
                  - alert: {channel: teams}
                  - dlq: {topic: a, model: b}
                  - retry: {times: 3}
                  - {alert: {channel: slack}, pause: {}}
                """);

        assertThat(result.diagnostics()).extracting(Diagnostic::path).containsExactly("tests[0].type",
                "tests[0].on_failure[0].alert.channel", "tests[0].on_failure[1].dlq", "tests[0].on_failure[2].retry",
                "tests[0].on_failure[3]");
        assertThat(result.diagnostics().get(0).hint()).contains("schema, sample, continuous");
        assertThat(result.project().test("q").orElseThrow().type()).isNull();
    }

    @Test
    void testsNeedAModelAndAType() {
        LoadResult result = loadWithHeader("tests:\n- name: q\n");

        assertThat(result.diagnostics()).extracting(Diagnostic::path).containsExactly("tests[0].model",
                "tests[0].type");
    }

    @Test
    void readsExposures() {
        ExposureDefinition exposure = validWithHeader("""
                exposures:
                - name: fraud_service
                  type: application
                  role: consumer
                  owner: fraud-team
                  tags: [critical]
                  url: https://fraud
                  repo: git@x
                  language: java
                  tool: spring
                  consumer_group: fraud-cg
                  consumes:
                  - ref: transactions_clean
                  produces:
                  - source: alerts
                  depends_on:
                  - ref: other.model
                  sla:
                    availability: 99.9%
                    latency_p99_ms: 100
                    max_lag_seconds: 60
                    throughput_per_second: 1000
                  contacts:
                  - name: Ann
                    email: ann@x
                  contracts:
                    schema: transactions-value
                    compatibility: backward
                  access:
                    roles: [reader]
                    purpose: fraud
                """).exposure("fraud_service").orElseThrow();

        assertThat(exposure.type()).isEqualTo(ExposureType.APPLICATION);
        assertThat(exposure.role()).isEqualTo(ExposureRole.CONSUMER);
        assertThat(exposure.consumes()).extracting(InputRef::kind, InputRef::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(InputRef.Kind.REF, "transactions_clean"));
        assertThat(exposure.produces().get(0).kind()).isEqualTo(InputRef.Kind.SOURCE);
        assertThat(exposure.dependsOn().get(0).name()).isEqualTo("other.model");
        assertThat(exposure.sla().asMap()).containsExactly(Map.entry("availability", "99.9%"),
                Map.entry("throughput_per_second", new BigDecimal("1000")), Map.entry("max_lag_seconds", 60L),
                Map.entry("latency_p99_ms", 100L));
        assertThat(exposure.contacts()).extracting(Contact::name, Contact::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann", "ann@x"));
        assertThat(exposure.contracts()).isEqualTo(new ExposureContract("transactions-value", "BACKWARD"));
        assertThat(exposure.access()).isEqualTo(new ExposureAccess(List.of("reader"), "fraud"));
        assertThat(exposure.consumerGroup()).isEqualTo("fraud-cg");
    }

    @Test
    void checksExposures() {
        LoadResult result = loadWithHeader("""
                exposures:
                - name: e
                  type: webapp
                  role: reader
                  consumes:
                  - transactions
                  - {ref: a, source: b}
                  contacts:
                  - email: x@y
                """);

        assertThat(result.diagnostics()).extracting(Diagnostic::path).containsExactly("exposures[0].type",
                "exposures[0].role", "exposures[0].consumes[0]", "exposures[0].consumes[1]",
                "exposures[0].contacts[0].name");
        assertThat(only(loadWithHeader("exposures:\n- name: e\n"), "INVALID_VALUE").path())
                .isEqualTo("exposures[0].type");
    }
}
