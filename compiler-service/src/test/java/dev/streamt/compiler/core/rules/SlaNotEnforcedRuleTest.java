package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaNotEnforcedRuleTest {

    private static final String NODES = """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            models:
            - name: orders_clean
              sql: SELECT * FROM {{ source("orders_raw") }}
            """;

    @Test
    void warnsAboutMonitorableSlaValuesNoContinuousTestChecksAtTheSlaKey() {
        String project = FLINK + NODES + """
                exposures:
                - name: fraud_service
                  type: application
                  consumes:
                  - ref: orders_clean
                  sla:
                    availability: 99.9%
                    max_lag_seconds: 30
                    throughput_per_second: 1000
                    max_end_to_end_latency_ms: 500
                """;

        Diagnostics result = run(new SlaNotEnforcedRule(), project);

        assertThat(result.errors()).isEmpty();
        List<Diagnostic> found = result.warnings();
        assertThat(found).extracting(Diagnostic::code).containsExactly("SLA_NOT_ENFORCED", "SLA_NOT_ENFORCED");
        assertAt(found.get(0), lineOf(project, "max_lag_seconds: 30"), 5, "exposures[0].sla.max_lag_seconds");
        assertThat(found.get(0).message()).isEqualTo("Exposure 'fraud_service' has sla.max_lag_seconds 30, but no "
                + "continuous test checks the lag of 'orders_clean'");
        assertThat(found.get(0).hint()).isEqualTo("Add a continuous test on 'orders_clean' with a max_lag assertion, "
                + "so the SLA is monitored.");
        assertAt(found.get(1), lineOf(project, "throughput_per_second"), 5, "exposures[0].sla.throughput_per_second");
        assertThat(found.get(1).message()).contains("sla.throughput_per_second 1000, but no continuous test checks "
                + "the throughput of 'orders_clean'");
    }

    @Test
    void isSilentWhenContinuousTestsMonitorTheValuesOrNothingCouldBeMonitored() {
        String project = FLINK + NODES + """
                tests:
                - name: lag
                  model: orders_raw
                  type: continuous
                  assertions:
                  - max_lag:
                      column: ts
                      max_seconds: 30
                  - throughput:
                      min_per_second: 100
                exposures:
                - name: fraud_service
                  type: application
                  depends_on:
                  - source: orders_raw
                  sla:
                    freshness_seconds: 60
                    throughput_per_second: 1000
                - name: dashboard
                  type: dashboard
                  sla:
                    max_lag_seconds: 30
                - name: app
                  type: application
                  consumes:
                  - ref: orders_clean
                  sla:
                    availability: 99.9%
                    latency_p99_ms: 100
                """;

        assertThat(all(run(new SlaNotEnforcedRule(), project))).isEmpty();
    }

    @Test
    void aSampleTestDoesNotMonitorAnSla() {
        String project = FLINK + NODES + """
                tests:
                - name: lag
                  model: orders_clean
                  type: sample
                  assertions:
                  - max_lag:
                      column: ts
                      max_seconds: 30
                exposures:
                - name: fraud_service
                  type: application
                  consumes:
                  - ref: orders_clean
                  sla:
                    freshness_seconds: 60
                """;

        assertThat(all(run(new SlaNotEnforcedRule(), project))).extracting(Diagnostic::code)
                .containsExactly("SLA_NOT_ENFORCED");
    }
}
