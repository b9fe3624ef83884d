package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.KAFKA;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

class NoProcessingRuntimeRuleTest {

    private static final String MODELS = """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            models:
            - name: eu
              sql: SELECT order_id, amount FROM {{ source("orders_raw") }} WHERE region = 'EU'
            - name: copy
              sql: SELECT * FROM {{ source("orders_raw") }}
            - name: declared
              materialized: flink
              sql: SELECT order_id FROM {{ source("orders_raw") }}
            """;

    @Test
    void reportsInferredStatelessSqlWithNeitherGatewayNorFlinkAtItsSql() {
        String project = KAFKA + MODELS;

        Diagnostic diagnostic = only(run(new NoProcessingRuntimeRule(), project), "NO_PROCESSING_RUNTIME");

        assertAt(diagnostic, lineOf(project, "WHERE region"), 3, "models[0].sql");
        assertThat(diagnostic.message()).startsWith("Model 'eu' has stateless SQL (")
                .endsWith(") but the runtime has neither a Conduktor gateway nor a Flink cluster to run it");
        assertThat(diagnostic.hint()).contains("runtime.conduktor.gateway").contains("runtime.flink.clusters");
    }

    @Test
    void isSilentWithEitherRuntime() {
        assertThat(all(run(new NoProcessingRuntimeRule(), FLINK + MODELS))).isEmpty();
        String gateway = KAFKA + """
                  conduktor:
                    gateway:
                      admin_url: http://localhost:8888
                      proxy_bootstrap: localhost:6969
                """ + MODELS;
        assertThat(all(run(new NoProcessingRuntimeRule(), gateway))).isEmpty();
    }
}
