package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class MinReplicationRuleTest {

    private static String project(String rules, String topic) {
        return FLINK + rules + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: orders_copy
                  sql: SELECT * FROM {{ source('orders_raw') }}
                """ + topic;
    }

    @Test
    void reportsALowReplicationFactorAtTheSetting() {
        String project = project("rules:\n  topics:\n    min_replication_factor: 3\n",
                "  advanced:\n    topic:\n      name: orders.copy.v1\n      replication_factor: 2\n");

        Diagnostic diagnostic = only(run(new MinReplicationRule(), project), "RULE_MIN_REPLICATION");

        assertAt(diagnostic, lineOf(project, "replication_factor: 2"), 7,
                "models[0].advanced.topic.replication_factor");
        assertThat(diagnostic.message()).isEqualTo("Topic 'orders.copy.v1' of model 'orders_copy' has replication "
                + "factor 2, below rules.topics.min_replication_factor (3)");
        assertThat(diagnostic.hint())
                .isEqualTo("Set advanced.topic.replication_factor on model 'orders_copy' to at least 3.");
    }

    @Test
    void acceptsAnEqualOrHigherReplicationFactor() {
        assertThat(RuleFixture.all(run(new MinReplicationRule(), project(
                "rules:\n  topics:\n    min_replication_factor: 3\n",
                "  advanced:\n    topic:\n      replication_factor: 3\n")))).isEmpty();
    }

    @Test
    void theBuiltInReplicationFactorOfOneIsReportedAtTheModelAsAWarningWhenSoSet() {
        String project = project("rules:\n  topics:\n    severity: warning\n    min_replication_factor: 2\n", "");

        Diagnostics result = run(new MinReplicationRule(), project);

        Diagnostic diagnostic = only(result, "RULE_MIN_REPLICATION");
        assertThat(result.warnings()).containsExactly(diagnostic);
        assertAt(diagnostic, lineOf(project, "- name: orders_copy"), 3, "models[0]");
    }
}
