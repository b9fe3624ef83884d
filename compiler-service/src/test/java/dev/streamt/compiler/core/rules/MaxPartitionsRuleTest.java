package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

class MaxPartitionsRuleTest {

    private static String project(String rules, String topic) {
        return FLINK + rules + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: per_customer
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY customer_id
                """ + topic;
    }

    @Test
    void reportsMorePartitionsThanTheMaximumAtTheSetting() {
        String project = project("rules:\n  topics:\n    max_partitions: 32\n",
                "  advanced:\n    topic:\n      partitions: 64\n");

        Diagnostic diagnostic = only(run(new MaxPartitionsRule(), project), "RULE_MAX_PARTITIONS");

        assertAt(diagnostic, lineOf(project, "partitions: 64"), 7, "models[0].advanced.topic.partitions");
        assertThat(diagnostic.message()).isEqualTo(
                "Topic 'per_customer' of model 'per_customer' has 64 partitions, above "
                        + "rules.topics.max_partitions (32)");
        assertThat(diagnostic.hint()).isEqualTo("Set advanced.topic.partitions on model 'per_customer' to at most 32.");
    }

    @Test
    void acceptsTheMaximumItselfAndProjectsWithoutTheRule() {
        assertThat(RuleFixture.all(run(new MaxPartitionsRule(), project("rules:\n  topics:\n    max_partitions: 32\n",
                "  advanced:\n    topic:\n      partitions: 32\n")))).isEmpty();
        assertThat(RuleFixture.all(run(new MaxPartitionsRule(), project("",
                "  advanced:\n    topic:\n      partitions: 640\n")))).isEmpty();
    }

    @Test
    void prefersDefaultsModelsTopicOverDefaultsTopicAsTheOrigin() {
        String project = project("""
                rules:
                  topics:
                    max_partitions: 4
                defaults:
                  topic:
                    partitions: 2
                  models:
                    topic:
                      partitions: 8
                """, "");

        Diagnostic diagnostic = only(run(new MaxPartitionsRule(), project), "RULE_MAX_PARTITIONS");

        assertAt(diagnostic, lineOf(project, "partitions: 8"), 7, "defaults.models.topic.partitions");
    }

    @Test
    void severityWarningOnTheWholeRulesBlockMakesItAWarning() {
        String project = project("rules:\n  severity: warning\n  topics:\n    max_partitions: 32\n",
                "  advanced:\n    topic:\n      partitions: 64\n");

        assertThat(run(new MaxPartitionsRule(), project).warnings()).extracting(Diagnostic::code)
                .containsExactly("RULE_MAX_PARTITIONS");
    }
}
