package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnusedFromRuleTest {

    private static final String SOURCES = """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            - name: customers_raw
              topic: t2
            models:
            - name: customers
              sql: SELECT * FROM {{ source("customers_raw") }}
            """;

    @Test
    void warnsAboutFromEntriesTheSqlNeverReadsAtTheEntry() {
        String project = FLINK + SOURCES + """
                - name: clean
                  from:
                  - source: orders_raw
                  - source: customers_raw
                  - ref: customers
                  sql: SELECT * FROM {{ source("orders_raw") }}
                """;

        Diagnostics result = run(new UnusedFromRule(), project);

        assertThat(result.errors()).isEmpty();
        List<Diagnostic> found = result.warnings();
        assertThat(found).extracting(Diagnostic::code).containsExactly("UNUSED_FROM_SOURCE", "UNUSED_FROM_REF");
        assertAt(found.get(0), lineOf(project, "- source: customers_raw"), 5, "models[1].from[1].source");
        assertThat(found.get(0).message())
                .isEqualTo("Model 'clean' lists source 'customers_raw' in from, but its SQL never reads it");
        assertThat(found.get(0).hint()).isEqualTo(
                "Read it in the SQL with {{ source('customers_raw') }}, or remove it from the model.");
        assertAt(found.get(1), lineOf(project, "- ref: customers"), 5, "models[1].from[2].ref");
        assertThat(found.get(1).message())
                .isEqualTo("Model 'clean' lists model 'customers' in from, but its SQL never reads it");
    }

    @Test
    void warnsAboutACallRenderedWhereTheSqlDoesNotReadIt() {
        String project = FLINK + SOURCES + """
                - name: clean
                  sql: |
                    SELECT * FROM {{ source("orders_raw") }}
                    -- enriched later from {{ ref("customers") }}
                """;

        List<Diagnostic> found = all(run(new UnusedFromRule(), project));

        assertThat(found).extracting(Diagnostic::code).containsExactly("UNUSED_FROM_REF");
        assertAt(found.get(0), lineOf(project, "- name: clean") + 1, 3, "models[1].sql");
        assertThat(found.get(0).message())
                .isEqualTo("Model 'clean' calls ref('customers'), but its SQL never reads it");
    }

    @Test
    void isSilentWhenEveryInputIsReadAndForSinks() {
        String project = FLINK + SOURCES + """
                - name: joined
                  from: [{source: orders_raw}, {ref: customers}]
                  sql: |
                    SELECT o.order_id FROM {{ source("orders_raw") }} o
                    JOIN {{ ref("customers") }} c ON o.customer_id = c.customer_id
                - name: export
                  from: [{ref: joined}]
                  connector: {type: s3-sink}
                """;

        assertThat(all(run(new UnusedFromRule(), project))).isEmpty();
    }
}
