package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

class ForbiddenSuffixRuleTest {

    private static String project(String severity, String topicName) {
        return FLINK + """
                rules:
                  topics:
                    forbidden_suffixes: [_tmp, .bak]
                """ + severity + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: copy
                  sql: SELECT * FROM {{ source('orders_raw') }}
                  advanced:
                    topic:
                      name: %s
                """.formatted(topicName);
    }

    @Test
    void reportsAForbiddenSuffixAtTheTopicName() {
        String project = project("", "orders.copy.bak");

        Diagnostic diagnostic = only(run(new ForbiddenSuffixRule(), project), "RULE_FORBIDDEN_SUFFIX");

        assertAt(diagnostic, lineOf(project, "name: orders.copy.bak"), 7, "models[0].advanced.topic.name");
        assertThat(diagnostic.message()).isEqualTo("Topic name 'orders.copy.bak' of model 'copy' ends with '.bak', "
                + "forbidden by rules.topics.forbidden_suffixes");
        assertThat(diagnostic.hint()).endsWith("to a name that does not end with '_tmp', '.bak'.");
    }

    @Test
    void acceptsOtherEndings() {
        assertThat(RuleFixture.all(run(new ForbiddenSuffixRule(), project("", "orders.bak.v1")))).isEmpty();
    }

    @Test
    void severityWarningMakesItAWarning() {
        assertThat(run(new ForbiddenSuffixRule(), project("    severity: warning\n", "copy_tmp")).warnings())
                .extracting(Diagnostic::code).containsExactly("RULE_FORBIDDEN_SUFFIX");
    }
}
