package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.KAFKA;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

class ContinuousTestRequiresFlinkRuleTest {

    private static final String TESTS = """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            tests:
            - name: q
              model: orders_raw
              type: continuous
              assertions:
              - not_null:
                  columns: [order_id]
            - name: s
              model: orders_raw
              type: sample
            """;

    @Test
    void reportsAContinuousTestWithoutFlinkAtItsType() {
        String project = KAFKA + TESTS;

        Diagnostic diagnostic = only(run(new ContinuousTestRequiresFlinkRule(), project),
                "CONTINUOUS_TEST_REQUIRES_FLINK");

        assertAt(diagnostic, lineOf(project, "type: continuous"), 3, "tests[0].type");
        assertThat(diagnostic.message()).isEqualTo("Test 'q' is continuous and runs as the Flink job 'test_q', but "
                + "runtime.flink declares no cluster");
    }

    @Test
    void isSilentWithFlink() {
        assertThat(all(run(new ContinuousTestRequiresFlinkRule(), FLINK + TESTS))).isEmpty();
    }
}
