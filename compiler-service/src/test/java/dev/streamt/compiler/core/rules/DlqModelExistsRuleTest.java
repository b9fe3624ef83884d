package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class DlqModelExistsRuleTest {

    @Test
    void reportsAnUnknownDlqModelAtItsNameInBothOnFailureForms() {
        String project = FLINK + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: clean
                  sql: SELECT * FROM {{ source("orders_raw") }}
                - name: clean_rejects
                  sql: SELECT * FROM {{ source("orders_raw") }}
                tests:
                - name: q
                  model: clean
                  type: sample
                  on_failure:
                    severity: error
                    actions:
                    - alert:
                        channel: slack
                    - dlq:
                        model: clean_rejcts
                - name: r
                  model: clean
                  type: sample
                  on_failure:
                  - dlq:
                      model: nowhere
                  - dlq:
                      model: clean_rejects
                  - dlq:
                      topic: orders.dlq
                """;

        List<Diagnostic> found = all(run(new DlqModelExistsRule(), project));

        assertThat(found).extracting(Diagnostic::code).containsExactly("DLQ_MODEL_NOT_FOUND", "DLQ_MODEL_NOT_FOUND");
        assertAt(found.get(0), lineOf(project, "model: clean_rejcts"), 9,
                "tests[0].on_failure.actions[1].dlq.model");
        assertThat(found.get(0).message()).isEqualTo("The dlq action of test 'q' sends failing records to model "
                + "'clean_rejcts', which is not declared");
        assertThat(found.get(0).hint()).isEqualTo("Did you mean 'clean_rejects'?");
        assertAt(found.get(1), lineOf(project, "model: nowhere"), 7, "tests[1].on_failure[0].dlq.model");
        assertThat(found.get(1).hint()).startsWith("Declare model 'nowhere', or write dlq: {topic:");
    }
}
