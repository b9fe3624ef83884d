package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.Findings;
import dev.streamt.contracts.diagnostics.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class MissingSinkConfigRuleTest {

    @Test
    void reportsASinkWithoutConnectorAtFromAndOneWithoutTypeAtItsConnector() {
        String project = FLINK + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: bare
                  from: orders_raw
                - name: untyped
                  from: orders_raw
                  advanced:
                    connector:
                      config:
                        topics.dir: /x
                - name: good
                  from: orders_raw
                  sink:
                    connector: s3-sink
                """;

        // The artifact stage also reports the untyped connector (INVALID_VALUE); only this rule's findings count here.
        List<Diagnostic> found = all(run(new MissingSinkConfigRule(), RuleFixture.context(project, new Findings())));

        assertThat(found).extracting(Diagnostic::code).containsExactly("MISSING_SINK_CONFIG", "MISSING_SINK_CONFIG");
        assertAt(found.get(0), lineOf(project, "- name: bare") + 1, 3, "models[0].from");
        assertThat(found.get(0).message()).isEqualTo("Sink model 'bare' has no connector configuration");
        assertThat(found.get(0).hint()).startsWith("Add connector: {type: <snowflake-sink, bigquery-sink");
        assertAt(found.get(1), lineOf(project, "    connector:"), 5, "models[1].advanced.connector");
        assertThat(found.get(1).message()).isEqualTo("The connector of sink model 'untyped' has no type");
    }

    @Test
    void reportsADeclaredSinkAtMaterialized() {
        String project = FLINK + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: declared
                  materialized: sink
                  from: [{source: orders_raw}]
                """;

        assertAt(RuleFixture.only(run(new MissingSinkConfigRule(), project), "MISSING_SINK_CONFIG"),
                lineOf(project, "materialized: sink"), 3, "models[0].materialized");
    }
}
