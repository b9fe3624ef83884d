package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

class ForbiddenPrefixRuleTest {

    private static String project(String severity, String models) {
        return FLINK + """
                rules:
                  topics:
                    forbidden_prefixes: [tmp, tmp_, test.]
                """ + severity + """
                sources:
                - name: orders_raw
                  topic: tmp_orders
                models:
                """ + models;
    }

    @Test
    void reportsTheLongestForbiddenPrefixOfEachTopicTheProjectCreates() {
        String project = project("", """
                - name: tmp_copy
                  sql: SELECT * FROM {{ source('orders_raw') }}
                - name: clean
                  sql: SELECT * FROM {{ source('orders_raw') }}
                """);

        Diagnostic diagnostic = only(run(new ForbiddenPrefixRule(), project), "RULE_FORBIDDEN_PREFIX");

        assertAt(diagnostic, lineOf(project, "- name: tmp_copy"), 3, "models[0].name");
        assertThat(diagnostic.message()).isEqualTo("Topic name 'tmp_copy' of model 'tmp_copy' starts with 'tmp_', "
                + "forbidden by rules.topics.forbidden_prefixes");
        assertThat(diagnostic.hint()).isEqualTo("Set advanced.topic.name on model 'tmp_copy' to a name that does "
                + "not start with 'tmp', 'tmp_', 'test.'.");
    }

    @Test
    void acceptsNamesThatOnlyContainAPrefixElsewhere() {
        assertThat(RuleFixture.all(run(new ForbiddenPrefixRule(), project("", """
                - name: orders_tmp
                  sql: SELECT * FROM {{ source('orders_raw') }}
                  advanced:
                    topic:
                      name: orders.test.v1
                """)))).isEmpty();
    }

    @Test
    void severityWarningMakesItAWarning() {
        assertThat(run(new ForbiddenPrefixRule(), project("    severity: warning\n", """
                - name: m
                  sql: SELECT * FROM {{ source('orders_raw') }}
                  advanced:
                    topic:
                      name: test.m
                """)).warnings()).extracting(Diagnostic::code).containsExactly("RULE_FORBIDDEN_PREFIX");
    }
}
