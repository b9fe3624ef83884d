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

class RequireOwnerRuleTest {

    private static String project(String rules) {
        return FLINK + rules + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: owned
                  owner: team-orders
                  sql: SELECT * FROM {{ source('orders_raw') }}
                - name: orphan
                  sql: SELECT * FROM {{ source('orders_raw') }}
                """;
    }

    @Test
    void reportsAModelWithoutOwnerAtItsName() {
        String project = project("rules:\n  models:\n    require_owner: true\n");

        Diagnostic diagnostic = only(run(new RequireOwnerRule(), project), "RULE_REQUIRE_OWNER");

        assertAt(diagnostic, lineOf(project, "- name: orphan"), 3, "models[1].name");
        assertThat(diagnostic.message()).isEqualTo("Model 'orphan' has no owner");
        assertThat(diagnostic.hint())
                .isEqualTo("Add owner: <the team responsible for it> (rules.models.require_owner).");
    }

    @Test
    void isSilentWithoutTheRule() {
        assertThat(all(run(new RequireOwnerRule(), project("rules:\n  models:\n    require_description: true\n"))))
                .isEmpty();
    }

    @Test
    void severityWarningMakesItAWarning() {
        assertThat(run(new RequireOwnerRule(), project("rules:\n  models:\n    severity: warning\n"
                + "    require_owner: true\n")).warnings()).extracting(Diagnostic::code)
                .containsExactly("RULE_REQUIRE_OWNER");
    }
}
