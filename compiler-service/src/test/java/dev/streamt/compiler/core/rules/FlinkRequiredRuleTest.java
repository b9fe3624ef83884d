package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.KAFKA;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.Findings;
import dev.streamt.contracts.diagnostics.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlinkRequiredRuleTest {

    private static final String SOURCE = """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            """;

    @Test
    void reportsAStatefulModelWithoutFlinkAtItsSql() {
        String project = KAFKA + SOURCE + """
                models:
                - name: per_customer
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source("orders_raw") }} GROUP BY customer_id
                """;

        Diagnostic diagnostic = only(run(new FlinkRequiredRule(), project), "FLINK_REQUIRED");

        assertAt(diagnostic, lineOf(project, "  sql:"), 3, "models[0].sql");
        assertThat(diagnostic.message()).isEqualTo("Model 'per_customer' is materialized as flink (stateful SQL: "
                + "GROUP BY) and runs as a Flink job, but runtime.flink declares no cluster");
        assertThat(diagnostic.hint()).startsWith("Add a cluster under runtime.flink.clusters");
    }

    @Test
    void reportsADeclaredFlinkModelAndATopicModelThatComputesAtMaterialized() {
        String project = KAFKA + SOURCE + """
                models:
                - name: declared
                  materialized: flink
                  sql: SELECT * FROM {{ source("orders_raw") }}
                - name: filtered
                  materialized: topic
                  sql: SELECT * FROM {{ source("orders_raw") }} WHERE amount > 10
                """;

        List<Diagnostic> found = all(run(new FlinkRequiredRule(), project));

        assertThat(found).extracting(Diagnostic::code).containsExactly("FLINK_REQUIRED", "FLINK_REQUIRED");
        assertAt(found.get(0), lineOf(project, "materialized: flink"), 3, "models[0].materialized");
        assertThat(found.get(0).message()).contains("is materialized as flink (declared)");
        assertAt(found.get(1), lineOf(project, "materialized: topic"), 3, "models[1].materialized");
        assertThat(found.get(1).message()).isEqualTo("Model 'filtered' is materialized as topic and its SQL (WHERE "
                + "filter) runs in the Flink job 'filtered_processor', but runtime.flink declares no cluster");
    }

    @Test
    void aPassthroughTopicAVirtualTopicASinkAndStatelessSqlWithoutRuntimeAreNotReported() {
        String project = KAFKA + SOURCE + """
                models:
                - name: copy
                  sql: SELECT * FROM {{ source("orders_raw") }}
                - name: eu
                  sql: SELECT * FROM {{ source("orders_raw") }} WHERE region = 'EU'
                - name: export
                  from: [{ref: copy}]
                  connector: {type: s3-sink}
                """;

        assertThat(all(run(new FlinkRequiredRule(), project))).isEmpty();
    }

    @Test
    void aModelWhoseSqlFailedIsLeftToTheSqlError() {
        String project = KAFKA + SOURCE + """
                models:
                - name: broken
                  sql: SELECT FROM WHERE {{ source("orders_raw") }}
                """;
        Findings planning = new Findings();

        assertThat(all(run(new FlinkRequiredRule(), RuleFixture.context(project, planning)))).isEmpty();
        assertThat(planning.hasErrors()).isTrue();
    }

    @Test
    void isSilentWithAFlinkCluster() {
        assertThat(all(run(new FlinkRequiredRule(), FLINK + SOURCE + """
                models:
                - name: per_customer
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source("orders_raw") }} GROUP BY customer_id
                """))).isEmpty();
    }
}
