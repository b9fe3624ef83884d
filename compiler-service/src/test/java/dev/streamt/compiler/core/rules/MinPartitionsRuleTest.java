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

class MinPartitionsRuleTest {

    private static final String SOURCES = """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            """;

    @Test
    void reportsAModelTopicBelowTheMinimumAtItsPartitionsSetting() {
        String project = FLINK + """
                rules:
                  topics:
                    min_partitions: 8
                """ + SOURCES + """
                models:
                - name: agg
                  topic:
                    partitions: 6
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY customer_id
                """;

        Diagnostics result = run(new MinPartitionsRule(), project);

        Diagnostic diagnostic = only(result, "RULE_MIN_PARTITIONS");
        assertThat(result.errors()).containsExactly(diagnostic);
        assertAt(diagnostic, lineOf(project, "partitions: 6"), 5, "models[0].topic.partitions");
        assertThat(diagnostic.message())
                .isEqualTo("Topic 'agg' of model 'agg' has 6 partitions, below rules.topics.min_partitions (8)");
        assertThat(diagnostic.hint()).isEqualTo("Set advanced.topic.partitions on model 'agg' to at least 8.");
    }

    @Test
    void acceptsTopicsAtOrAboveTheMinimum() {
        String project = FLINK + """
                rules:
                  topics:
                    min_partitions: 6
                defaults:
                  topic:
                    partitions: 6
                """ + SOURCES + """
                models:
                - name: a
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY customer_id
                - name: b
                  sql: SELECT * FROM {{ source('orders_raw') }}
                  advanced:
                    topic:
                      partitions: 12
                """;

        assertThat(RuleFixture.all(run(new MinPartitionsRule(), project))).isEmpty();
    }

    @Test
    void reportsADefaultedValueAtTheDefaultsEntryAndTheBuiltInDefaultAtTheModel() {
        String fromDefaults = FLINK + """
                rules:
                  topics:
                    min_partitions: 3
                defaults:
                  topic:
                    partitions: 2
                """ + SOURCES + """
                models:
                - name: a
                  sql: SELECT * FROM {{ source('orders_raw') }}
                """;
        String builtIn = FLINK + """
                rules:
                  topics:
                    min_partitions: 3
                """ + SOURCES + """
                models:
                - name: a
                  sql: SELECT * FROM {{ source('orders_raw') }}
                """;

        assertAt(only(run(new MinPartitionsRule(), fromDefaults), "RULE_MIN_PARTITIONS"),
                lineOf(fromDefaults, "partitions: 2"), 5, "defaults.topic.partitions");
        Diagnostic atModel = only(run(new MinPartitionsRule(), builtIn), "RULE_MIN_PARTITIONS");
        assertAt(atModel, lineOf(builtIn, "- name: a"), 3, "models[0]");
        assertThat(atModel.message()).contains("has 1 partitions");
    }

    @Test
    void aRuleBlockWithSeverityWarningReportsAWarning() {
        String project = FLINK + """
                rules:
                  topics:
                    severity: warning
                    min_partitions: 3
                """ + SOURCES + """
                models:
                - name: a
                  sql: SELECT * FROM {{ source('orders_raw') }}
                """;

        Diagnostics result = run(new MinPartitionsRule(), project);

        assertThat(result.valid()).isTrue();
        assertThat(result.warnings()).extracting(Diagnostic::code).containsExactly("RULE_MIN_PARTITIONS");
    }

    @Test
    void appliesToThePlatformTopicAtTheRuleWhenNothingSetsIt() {
        String project = FLINK + """
                rules:
                  topics:
                    min_partitions: 3
                """ + SOURCES + """
                tests:
                - name: q
                  model: orders_raw
                  type: continuous
                  assertions:
                  - not_null:
                      columns: [id]
                """;

        Diagnostic diagnostic = only(run(new MinPartitionsRule(), project), "RULE_MIN_PARTITIONS");

        assertAt(diagnostic, lineOf(project, "min_partitions"), 5, "rules.topics.min_partitions");
        assertThat(diagnostic.message()).startsWith("Topic '_streamt_test_failures' (created by streamt) has 1 ");
        assertThat(diagnostic.hint()).isEqualTo("Set defaults.topic.partitions to at least 3.");
    }

    @Test
    void thePlatformTopicTakesDefaultsTopicNotTheModelsDefaults() {
        String project = FLINK + """
                rules:
                  topics:
                    min_partitions: 3
                defaults:
                  topic:
                    partitions: 2
                  models:
                    topic:
                      partitions: 6
                """ + SOURCES + """
                tests:
                - name: q
                  model: orders_raw
                  type: continuous
                  assertions:
                  - not_null:
                      columns: [id]
                """;

        Diagnostic diagnostic = only(run(new MinPartitionsRule(), project), "RULE_MIN_PARTITIONS");

        assertAt(diagnostic, lineOf(project, "partitions: 2"), 5, "defaults.topic.partitions");
        assertThat(diagnostic.message()).startsWith("Topic '_streamt_test_failures' (created by streamt) has 2 ");
    }
}
