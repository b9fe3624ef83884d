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

class RequireClassificationRuleTest {

    private static String project(String rules) {
        return FLINK + rules + """
                sources:
                - name: users
                  topic: users.v1
                  columns:
                  - name: user_id
                    classification: internal
                  - name: email
                models:
                - name: users_clean
                  columns:
                  - name: user_id
                  - name: email
                  - name: country
                    classification: public
                  security:
                    classification:
                      user_id: internal
                  sql: SELECT user_id, email, 'x' AS country FROM {{ source('users') }}
                """;
    }

    @Test
    void reportsEveryDeclaredColumnWithoutClassificationAtTheColumn() {
        String project = project("rules:\n  security:\n    require_classification: true\n");

        Diagnostics result = run(new RequireClassificationRule(), project);

        assertThat(result.errors()).extracting(Diagnostic::code)
                .containsExactly("RULE_REQUIRE_CLASSIFICATION", "RULE_REQUIRE_CLASSIFICATION");
        Diagnostic source = result.errors().get(0);
        assertAt(source, lineOf(project, "  - name: email"), 5, "sources[0].columns[1]");
        assertThat(source.message()).isEqualTo("Column 'email' in source 'users' has no classification");
        Diagnostic model = result.errors().get(1);
        assertAt(model, lineOf(project, "- name: users_clean") + 3, 5, "models[0].columns[1]");
        assertThat(model.message()).isEqualTo("Column 'email' in model 'users_clean' has no classification");
        assertThat(model.hint()).contains("security.classification");
    }

    @Test
    void isSilentWithoutTheRule() {
        assertThat(all(run(new RequireClassificationRule(), project("")))).isEmpty();
    }

    @Test
    void severityWarningMakesThemWarnings() {
        assertThat(run(new RequireClassificationRule(), project("rules:\n  security:\n    severity: warning\n"
                + "    require_classification: true\n")).warnings()).hasSize(2);
    }
}
