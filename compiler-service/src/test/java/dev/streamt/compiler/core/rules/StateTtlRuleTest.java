package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class StateTtlRuleTest {

    private static String project(long ttl) {
        return FLINK + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: agg
                  sql: SELECT order_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY order_id
                  advanced:
                    flink:
                      state_ttl_ms: %d
                """.formatted(ttl);
    }

    @Test
    void aNegativeTtlIsAnErrorAtTheSetting() {
        String project = project(-1000);

        Diagnostics result = run(new StateTtlRule(), project);

        assertThat(result.errors()).extracting(Diagnostic::code).containsExactly("INVALID_STATE_TTL");
        assertThat(result.warnings()).isEmpty();
        Diagnostic diagnostic = result.errors().get(0);
        assertAt(diagnostic, lineOf(project, "state_ttl_ms"), 7, "models[0].advanced.flink.state_ttl_ms");
        assertThat(diagnostic.message())
                .isEqualTo("Model 'agg' has state_ttl_ms -1000; a state TTL cannot be negative");
    }

    @Test
    void aTtlBelowOneSecondIsAWarning() {
        String project = project(500);

        Diagnostics result = run(new StateTtlRule(), project);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Diagnostic::code).containsExactly("STATE_TTL_TOO_SHORT");
        assertAt(result.warnings().get(0), lineOf(project, "state_ttl_ms"), 7, "models[0].advanced.flink.state_ttl_ms");
        assertThat(result.warnings().get(0).hint()).contains("500 s would be 500000");
    }

    @Test
    void zeroAndOneSecondAndMoreAreFine() {
        assertThat(all(run(new StateTtlRule(), project(0)))).isEmpty();
        assertThat(all(run(new StateTtlRule(), project(1000)))).isEmpty();
        assertThat(all(run(new StateTtlRule(), project(86_400_000)))).isEmpty();
    }
}
