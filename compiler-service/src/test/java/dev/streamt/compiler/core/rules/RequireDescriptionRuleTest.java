package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class RequireDescriptionRuleTest {

    private static String project(String rules) {
        return FLINK + rules + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: documented
                  description: Orders as they come
                  sql: SELECT * FROM {{ source('orders_raw') }}
                - name: blank
                  description: '  '
                  sql: SELECT * FROM {{ source('orders_raw') }}
                - name: bare
                  from: [{ref: documented}]
                  connector: {type: s3-sink}
                """;
    }

    @Test
    void reportsEveryModelWithoutADescriptionAtItsNameOrItsBlankDescription() {
        String project = project("rules:\n  models:\n    require_description: true\n");

        Diagnostics result = run(new RequireDescriptionRule(), project);

        assertThat(result.errors()).extracting(Diagnostic::code)
                .containsExactly("RULE_REQUIRE_DESCRIPTION", "RULE_REQUIRE_DESCRIPTION");
        assertAt(result.errors().get(0), lineOf(project, "description: '  '"), 3, "models[1].description");
        assertThat(result.errors().get(0).message()).isEqualTo("Model 'blank' has no description");
        assertAt(result.errors().get(1), lineOf(project, "- name: bare"), 3, "models[2].name");
        assertThat(result.errors().get(1).hint()).startsWith("Add description: ");
    }

    @Test
    void isSilentWithoutTheRule() {
        assertThat(all(run(new RequireDescriptionRule(), project("")))).isEmpty();
        assertThat(all(run(new RequireDescriptionRule(),
                project("rules:\n  models:\n    require_description: false\n")))).isEmpty();
    }

    @Test
    void severityWarningOnTheModelsBlockMakesThemWarnings() {
        Diagnostics result = run(new RequireDescriptionRule(),
                project("rules:\n  models:\n    severity: warning\n    require_description: true\n"));

        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).hasSize(2);
    }

    @Test
    void severityOfAnotherBlockDoesNotApply() {
        Diagnostic diagnostic = only(run(new RequireDescriptionRule(), project(
                "rules:\n  topics:\n    severity: warning\n  models:\n    require_description: true\n")
                .replace("  description: '  '\n", "  description: Some\n")), "RULE_REQUIRE_DESCRIPTION");

        assertThat(diagnostic.message()).isEqualTo("Model 'bare' has no description");
    }
}
