package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

class RequireTestsRuleTest {

    private static String project(String rules) {
        return FLINK + rules + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: tested
                  sql: SELECT * FROM {{ source('orders_raw') }}
                - name: column_tested
                  columns:
                  - name: order_id
                    tests: [not_null]
                  sql: SELECT * FROM {{ source('orders_raw') }}
                - name: untested
                  sql: SELECT * FROM {{ source('orders_raw') }}
                tests:
                - name: t
                  model: tested
                  type: schema
                  assertions:
                  - not_null:
                      columns: [order_id]
                """;
    }

    @Test
    void reportsAModelNoTestChecksAtItsName() {
        String project = project("rules:\n  models:\n    require_tests: true\n");

        Diagnostic diagnostic = only(run(new RequireTestsRule(), project), "RULE_REQUIRE_TESTS");

        assertAt(diagnostic, lineOf(project, "- name: untested"), 3, "models[2].name");
        assertThat(diagnostic.message()).isEqualTo("Model 'untested' has no tests");
        assertThat(diagnostic.hint()).contains("model: untested");
    }

    @Test
    void isSilentWithoutTheRule() {
        assertThat(all(run(new RequireTestsRule(), project("")))).isEmpty();
    }

    @Test
    void severityWarningMakesItAWarning() {
        assertThat(run(new RequireTestsRule(), project("rules:\n  models:\n    severity: warning\n"
                + "    require_tests: true\n")).warnings()).extracting(Diagnostic::code)
                .containsExactly("RULE_REQUIRE_TESTS");
    }
}
