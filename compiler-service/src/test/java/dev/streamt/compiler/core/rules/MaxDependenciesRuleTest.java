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

class MaxDependenciesRuleTest {

    private static String project(String rules) {
        return FLINK + rules + """
                sources:
                - name: a
                  topic: a
                - name: b
                  topic: b
                - name: c
                  topic: c
                models:
                - name: pair
                  sql: |
                    SELECT a.id, b.x FROM {{ source("a") }} a JOIN {{ source("b") }} b ON a.id = b.id
                - name: joined
                  sql: |
                    SELECT a.id, b.x, c.y
                    FROM {{ source("a") }} a
                    JOIN {{ source("b") }} b ON a.id = b.id
                    JOIN {{ source("c") }} c ON a.id = c.id
                """;
    }

    @Test
    void reportsAModelReadingMoreNodesThanAllowedAtItsSql() {
        String project = project("rules:\n  models:\n    max_dependencies: 2\n");

        Diagnostic diagnostic = only(run(new MaxDependenciesRule(), project), "RULE_MAX_DEPENDENCIES");

        assertAt(diagnostic, lineOf(project, "- name: joined") + 1, 3, "models[1].sql");
        assertThat(diagnostic.message()).isEqualTo("Model 'joined' has 3 dependencies (source.a, source.b, "
                + "source.c), more than rules.models.max_dependencies (2)");
    }

    @Test
    void acceptsModelsWithinTheLimit() {
        assertThat(all(run(new MaxDependenciesRule(), project("rules:\n  models:\n    max_dependencies: 3\n"))))
                .isEmpty();
    }

    @Test
    void severityWarningMakesItAWarning() {
        assertThat(run(new MaxDependenciesRule(), project("rules:\n  models:\n    severity: warning\n"
                + "    max_dependencies: 1\n")).warnings()).extracting(Diagnostic::code)
                .containsExactly("RULE_MAX_DEPENDENCIES", "RULE_MAX_DEPENDENCIES");
    }
}
