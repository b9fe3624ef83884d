package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.KAFKA;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.Findings;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class AmbiguousMaterializationRuleTest {

    private static final String MODELS = """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            models:
            - name: eu
              sql: SELECT * FROM {{ source("orders_raw") }} WHERE region = 'EU'
            - name: declared
              materialized: flink
              sql: SELECT * FROM {{ source("orders_raw") }} WHERE region = 'US'
            - name: agg
              sql: SELECT region, COUNT(*) AS n FROM {{ source("orders_raw") }} GROUP BY region
            """;

    @Test
    void warnsForInferredStatelessSqlThatBecameAFlinkJobForLackOfAGateway() {
        String project = FLINK + MODELS;

        Diagnostics result = run(new AmbiguousMaterializationRule(), project);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Diagnostic::code).containsExactly("AMBIGUOUS_MATERIALIZATION");
        Diagnostic diagnostic = result.warnings().get(0);
        assertAt(diagnostic, lineOf(project, "region = 'EU'"), 3, "models[0].sql");
        assertThat(diagnostic.message()).isEqualTo("Model 'eu' has stateless SQL (WHERE filter) and no materialized: "
                + "without a gateway it runs as a Flink job; with runtime.conduktor.gateway it would be a "
                + "virtual_topic");
        assertThat(diagnostic.hint()).startsWith("Write materialized: flink to keep the Flink job");
    }

    @Test
    void aModelReadingAnUndeclaredSourceIsLeftToSourceNotFound() {
        String project = FLINK + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: clean
                  sql: SELECT * FROM {{ source("orders_rwa") }} WHERE amount > 0
                """;
        Findings planning = new Findings();

        assertThat(all(run(new AmbiguousMaterializationRule(), RuleFixture.context(project, planning)))).isEmpty();
        assertThat(planning.has(DiagnosticCode.SOURCE_NOT_FOUND)).isTrue();
    }

    @Test
    void isSilentWithAGatewayAndWithoutAnyRuntime() {
        String gateway = FLINK + """
                  conduktor:
                    gateway:
                      admin_url: http://localhost:8888
                      proxy_bootstrap: localhost:6969
                """ + MODELS;
        assertThat(all(run(new AmbiguousMaterializationRule(), gateway))).isEmpty();
        // Without Flink either it is NO_PROCESSING_RUNTIME, not a choice that was made.
        assertThat(all(run(new AmbiguousMaterializationRule(), KAFKA + MODELS))).isEmpty();
    }
}
