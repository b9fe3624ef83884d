package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

class MaxReplicationRuleTest {

    private static String project(String severity, int replication) {
        return FLINK + """
                rules:
                  topics:
                    max_replication_factor: 3
                """ + severity + """
                defaults:
                  topic:
                    replication_factor: %d
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: orders_copy
                  sql: SELECT * FROM {{ source('orders_raw') }}
                """.formatted(replication);
    }

    @Test
    void reportsADefaultAboveTheMaximumAtTheDefaults() {
        String project = project("", 5);

        Diagnostic diagnostic = only(run(new MaxReplicationRule(), project), "RULE_MAX_REPLICATION");

        assertAt(diagnostic, lineOf(project, "replication_factor: 5"), 5, "defaults.topic.replication_factor");
        assertThat(diagnostic.message()).isEqualTo("Topic 'orders_copy' of model 'orders_copy' has replication "
                + "factor 5, above rules.topics.max_replication_factor (3)");
    }

    @Test
    void acceptsTheMaximum() {
        assertThat(RuleFixture.all(run(new MaxReplicationRule(), project("", 3)))).isEmpty();
    }

    @Test
    void severityWarningMakesItAWarning() {
        assertThat(run(new MaxReplicationRule(), project("    severity: warning\n", 5)).warnings())
                .extracting(Diagnostic::code).containsExactly("RULE_MAX_REPLICATION");
    }
}
