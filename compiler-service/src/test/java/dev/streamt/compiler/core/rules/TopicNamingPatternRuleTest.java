package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

class TopicNamingPatternRuleTest {

    private static final String PATTERN = """
            rules:
              topics:
                naming_pattern: ^[a-z]+\\.[a-z_]+\\.v[0-9]+$
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            """;

    @Test
    void reportsATopicNamedAfterItsModelAtTheModelName() {
        String project = FLINK + PATTERN + """
                models:
                - name: per_customer
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY customer_id
                - name: per_customer_ok
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY customer_id
                  advanced:
                    topic:
                      name: orders.per_customer.v1
                """;

        Diagnostic diagnostic = only(run(new TopicNamingPatternRule(), project), "RULE_NAMING_PATTERN");

        assertAt(diagnostic, lineOf(project, "- name: per_customer"), 3, "models[0].name");
        assertThat(diagnostic.message()).isEqualTo("Topic name 'per_customer' of model 'per_customer' does not "
                + "match rules.topics.naming_pattern '^[a-z]+\\.[a-z_]+\\.v[0-9]+$'");
        assertThat(diagnostic.hint()).isEqualTo("Set advanced.topic.name on model 'per_customer' to a name that "
                + "matches '^[a-z]+\\.[a-z_]+\\.v[0-9]+$'.");
    }

    @Test
    void reportsAnExplicitTopicNameAtItsSettingAndMatchesTheWholeName() {
        String project = FLINK + PATTERN + """
                models:
                - name: m
                  sql: SELECT * FROM {{ source('orders_raw') }}
                  advanced:
                    topic:
                      name: orders.m.v1.extra
                """;

        assertAt(only(run(new TopicNamingPatternRule(), project), "RULE_NAMING_PATTERN"),
                lineOf(project, "name: orders.m.v1.extra"), 7, "models[0].advanced.topic.name");
    }

    @Test
    void leavesTheTopicsThePlatformNamesAlone() {
        String project = FLINK + PATTERN + """
                tests:
                - name: q
                  model: orders_raw
                  type: continuous
                  assertions:
                  - not_null:
                      columns: [id]
                """;

        assertThat(RuleFixture.all(run(new TopicNamingPatternRule(), project))).isEmpty();
    }

    @Test
    void severityWarningMakesItAWarning() {
        String project = FLINK + PATTERN.replace("  topics:\n", "  topics:\n    severity: warning\n") + """
                models:
                - name: m
                  sql: SELECT * FROM {{ source('orders_raw') }}
                """;

        assertThat(run(new TopicNamingPatternRule(), project).warnings()).extracting(Diagnostic::code)
                .containsExactly("RULE_NAMING_PATTERN");
    }
}
