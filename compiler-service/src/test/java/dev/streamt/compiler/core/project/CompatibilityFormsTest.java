package dev.streamt.compiler.core.project;

import static dev.streamt.compiler.core.project.TestProjects.assertAt;
import static dev.streamt.compiler.core.project.TestProjects.loadWithHeader;
import static dev.streamt.compiler.core.project.TestProjects.only;
import static dev.streamt.compiler.core.project.TestProjects.validWithHeader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.compiler.core.project.policy.AccessPolicy;
import dev.streamt.compiler.core.project.policy.MaskingPolicy;
import dev.streamt.compiler.core.project.policy.MaskingRule;
import dev.streamt.contracts.diagnostics.Severity;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streamt CLI forms of DSL.md "Compatibility with existing streamt projects", normalised into one model form. */
class CompatibilityFormsTest {

    @Test
    void securityPoliciesBecomeMaskingAndAccessPolicies() {
        ModelDefinition model = validWithHeader("""
                models:
                - name: m
                  sql: SELECT 1
                  security:
                    masking:
                    - column: phone
                      policy: partial
                      config:
                        visible_chars: 4
                    - column: nickname
                      policy: null
                    policies:
                    - mask:
                        column: card_number
                        method: redact
                        for_roles: [support]
                    - allow:
                        roles: [analyst]
                        purpose: reporting
                    - deny:
                        roles: [intern]
                """).model("m").orElseThrow();

        assertThat(model.masking()).extracting(MaskingRule::column, MaskingRule::policy, MaskingRule::visibleChars,
                MaskingRule::forRoles, MaskingRule::origin).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("phone", MaskingPolicy.PARTIAL, 4, List.of(),
                                MaskingRule.Origin.MASKING),
                        org.assertj.core.groups.Tuple.tuple("nickname", MaskingPolicy.NULL, null, List.of(),
                                MaskingRule.Origin.MASKING),
                        org.assertj.core.groups.Tuple.tuple("card_number", MaskingPolicy.REDACT, null,
                                List.of("support"), MaskingRule.Origin.POLICIES));
        assertThat(model.accessPolicies()).extracting(AccessPolicy::effect, AccessPolicy::roles, AccessPolicy::purpose)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AccessPolicy.Effect.ALLOW, List.of("analyst"),
                        "reporting"), org.assertj.core.groups.Tuple.tuple(AccessPolicy.Effect.DENY, List.of("intern"),
                                null));
        assertAt(model.masking().get(2).span(), "stream_project.yml", 19, 7, "models[0].security.policies[0]");
    }

    @Test
    void onFailureWithSeverityAndActionsIsTheListForm() {
        TestDefinition test = validWithHeader("""
                tests:
                - name: q
                  model: clean
                  type: sample
                  on_failure:
                    severity: warning
                    actions:
                    - dlq:
                        model: clean_dlq
                    - alert:
                        channel: slack
                        webhook: ${SLACK_WEBHOOK}
                """).test("q").orElseThrow();

        assertThat(test.onFailureSeverity()).isEqualTo(Severity.WARNING);
        assertThat(test.onFailure()).hasSize(2);
        OnFailureAction.Dlq dlq = (OnFailureAction.Dlq) test.onFailure().get(0);
        assertThat(dlq.model()).isEqualTo("clean_dlq");
        assertThat(dlq.topic()).isNull();
        assertAt(dlq.span(), "stream_project.yml", 14, 7, "tests[0].on_failure.actions[0]");
        assertThat(((OnFailureAction.Alert) test.onFailure().get(1)).webhook()).isEqualTo("${SLACK_WEBHOOK}");
    }

    @Test
    void mlOutputsAcceptTheColumnsListForm() {
        ModelDefinition model = validWithHeader("""
                models:
                - name: scores
                  sql: SELECT 1
                  ml_outputs:
                    FraudModel:
                      fraud_score: DOUBLE
                      confidence: DOUBLE
                    fraud_detector:
                      description: detector
                      columns:
                      - name: is_fraud
                        type: BOOLEAN
                      - name: confidence
                        type: DOUBLE
                """).model("scores").orElseThrow();

        assertThat(model.mlOutputs().keySet()).containsExactly("FraudModel", "fraud_detector");
        assertThat(model.mlOutputs().get("FraudModel").columns()).containsExactly(Map.entry("fraud_score", "DOUBLE"),
                Map.entry("confidence", "DOUBLE"));
        assertThat(model.mlOutputs().get("fraud_detector").columns())
                .containsExactly(Map.entry("is_fraud", "BOOLEAN"), Map.entry("confidence", "DOUBLE"));
        assertThat(model.mlOutputs().get("fraud_detector").description()).isEqualTo("detector");
    }

    @Test
    void fromAcceptsANameOrAList() {
        ProjectDefinition project = validWithHeader("""
                models:
                - name: a
                  from: orders_clean
                  connector: {type: s3-sink}
                - name: b
                  from:
                  - ref: a
                  - source: orders_raw
                  - orders_other
                  connector: {type: s3-sink}
                """);

        assertThat(project.model("a").orElseThrow().from()).extracting(InputRef::kind, InputRef::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(InputRef.Kind.ANY, "orders_clean"));
        assertThat(project.model("b").orElseThrow().from()).extracting(InputRef::kind, InputRef::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(InputRef.Kind.REF, "a"),
                        org.assertj.core.groups.Tuple.tuple(InputRef.Kind.SOURCE, "orders_raw"),
                        org.assertj.core.groups.Tuple.tuple(InputRef.Kind.ANY, "orders_other"));
    }

    @Test
    void fromItemsNameExactlyOneKind() {
        LoadResult result = loadWithHeader("""
                models:
                - name: a
                  from:
                  - {ref: a, source: b}
                  - {}
                """);

        assertThat(result.codes()).containsExactly("INVALID_VALUE", "INVALID_VALUE");
        assertAt(result.diagnostics().get(0), "stream_project.yml", 10, 5, "models[0].from[0]");
    }

    @Test
    void sinkWithConnectorAndConfigIsTheConnector() {
        ModelDefinition model = validWithHeader("""
                models:
                - name: to_s3
                  from: clean
                  sink:
                    connector: s3-sink
                    config:
                      s3.bucket.name: lake
                      flush.size: 1000
                """).model("to_s3").orElseThrow();

        assertThat(model.connector()).isEqualTo(new ConnectorSettings("s3-sink", null,
                Map.of("flush.size", "1000", "s3.bucket.name", "lake")));
        assertAt(model.spanOf("advanced.connector.type"), "stream_project.yml", 10, 3, "models[0].sink");
    }

    @Test
    void sinkTogetherWithConnectorIsInvalid() {
        LoadResult result = loadWithHeader("""
                models:
                - name: to_s3
                  from: clean
                  connector: {type: s3-sink}
                  sink: {connector: s3-sink}
                """);

        assertThat(only(result, "INVALID_VALUE").message()).contains("models[0].sink").contains("connector");
    }

    @Test
    void gatewayVirtualTopicOnTheModelIsTheAdvancedOne() {
        ProjectDefinition project = validWithHeader("""
                models:
                - name: eu
                  sql: SELECT 1
                  gateway:
                    virtual_topic:
                      name: orders-eu
                - name: us
                  sql: SELECT 1
                  advanced:
                    gateway:
                      virtual_topic: {}
                - name: short
                  sql: SELECT 1
                  gateway:
                    virtual_topic: orders-short
                """);

        assertThat(project.model("eu").orElseThrow().gateway()).isEqualTo(new GatewaySettings("orders-eu"));
        assertThat(project.model("us").orElseThrow().gateway()).isEqualTo(new GatewaySettings(null));
        assertThat(project.model("short").orElseThrow().gateway()).isEqualTo(new GatewaySettings("orders-short"));
    }

    @Test
    void freshnessInSecondsIsNormalised() {
        ProjectDefinition project = validWithHeader("""
                sources:
                - name: s
                  topic: t
                  freshness:
                    max_lag_seconds: 300
                    warn_after_seconds: 60
                - name: d
                  topic: u
                  freshness:
                    warn_after: 1h
                    error_after: 1d
                """);

        assertThat(project.source("s").orElseThrow().freshness())
                .isEqualTo(new FreshnessSpec(Duration.ofSeconds(60), Duration.ofSeconds(300)));
        assertThat(project.source("d").orElseThrow().freshness())
                .isEqualTo(new FreshnessSpec(Duration.ofHours(1), Duration.ofDays(1)));
        assertAt(project.source("s").orElseThrow().spanOf("freshness.error_after"), "stream_project.yml", 11, 5,
                "sources[0].freshness.max_lag_seconds");
    }

    @Test
    void bothFreshnessFormsForTheSameBoundAreInvalid() {
        LoadResult result = loadWithHeader("""
                sources:
                - name: s
                  topic: t
                  freshness:
                    error_after: 5m
                    max_lag_seconds: 300
                """);

        assertAt(only(result, "INVALID_VALUE"), "stream_project.yml", 12, 5, "sources[0].freshness.max_lag_seconds");
    }
}
