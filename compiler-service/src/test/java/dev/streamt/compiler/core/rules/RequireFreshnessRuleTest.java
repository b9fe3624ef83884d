package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.KAFKA;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class RequireFreshnessRuleTest {

    private static String project(String rules) {
        return KAFKA + rules + """
                sources:
                - name: fresh
                  topic: a
                  freshness:
                    warn_after: 5m
                - name: seconds_form
                  topic: b
                  freshness:
                    max_lag_seconds: 60
                - name: empty
                  topic: c
                  freshness: {}
                - name: stale
                  topic: d
                """;
    }

    @Test
    void reportsMissingOrEmptyFreshness() {
        String project = project("rules:\n  sources:\n    require_freshness: true\n");

        Diagnostics result = run(new RequireFreshnessRule(), project);

        assertThat(result.errors()).extracting(Diagnostic::code)
                .containsExactly("RULE_REQUIRE_FRESHNESS", "RULE_REQUIRE_FRESHNESS");
        assertAt(result.errors().get(0), lineOf(project, "freshness: {}"), 3, "sources[2].freshness");
        assertThat(result.errors().get(0).message()).isEqualTo("Source 'empty' has no freshness");
        assertAt(result.errors().get(1), lineOf(project, "- name: stale"), 3, "sources[3].name");
    }

    @Test
    void isSilentWithoutTheRule() {
        assertThat(all(run(new RequireFreshnessRule(), project("")))).isEmpty();
    }

    @Test
    void severityWarningMakesThemWarnings() {
        assertThat(run(new RequireFreshnessRule(), project("rules:\n  sources:\n    severity: warning\n"
                + "    require_freshness: true\n")).warnings()).hasSize(2);
    }
}
