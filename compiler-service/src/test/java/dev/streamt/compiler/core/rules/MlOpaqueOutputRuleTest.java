package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.KAFKA;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.columnOf;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

class MlOpaqueOutputRuleTest {

    private static final String CONFLUENT = KAFKA + """
              flink:
                default: cc
                clusters:
                  cc:
                    type: confluent
                    environment: env-xxx
            sources:
            - name: events
              topic: events.v1
            models:
            """;

    @Test
    void warnsOncePerMlModelWithoutDeclaredOutputsAtTheSql() {
        String project = CONFLUENT + """
                - name: predictions
                  sql: |
                    SELECT event_id, ML_PREDICT(fraud_model, amount) AS p1, ML_PREDICT(fraud_model, fee) AS p2
                    FROM {{ source("events") }}
                """;

        Diagnostics result = run(new MlOpaqueOutputRule(), project);

        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).extracting(Diagnostic::code).containsExactly("ML_PREDICT_OPAQUE_OUTPUT");
        Diagnostic diagnostic = result.warnings().get(0);
        assertAt(diagnostic, lineOf(project, "ML_PREDICT(fraud_model, amount)"),
                columnOf(project, "ML_PREDICT(fraud_model, amount)"), "models[0].sql");
        assertThat(diagnostic.message()).isEqualTo("Model 'predictions' calls ML_PREDICT on ML model 'fraud_model' "
                + "without declared outputs: the result is an opaque ROW<output STRING>");
        assertThat(diagnostic.hint()).isEqualTo(
                "Declare the outputs on the model: ml_outputs: {fraud_model: {<column>: <TYPE>}}.");
    }

    @Test
    void fallsBackToTheSqlKeyWhenJinjaBeforeTheCallShiftedItsPosition() {
        String project = CONFLUENT + """
                - name: predictions
                  sql: SELECT {{ 'event_id' }}, ML_PREDICT(fraud_model, amount) AS p FROM {{ source("events") }}
                """;

        Diagnostic diagnostic = RuleFixture.only(run(new MlOpaqueOutputRule(), project), "ML_PREDICT_OPAQUE_OUTPUT");

        assertAt(diagnostic, lineOf(project, "  sql: SELECT"), 3, "models[0].sql");
    }

    @Test
    void isSilentWhenTheOutputsAreDeclared() {
        String project = CONFLUENT + """
                - name: predictions
                  sql: SELECT event_id, ML_PREDICT(fraud_model, amount) AS prediction FROM {{ source("events") }}
                  ml_outputs:
                    fraud_model:
                      score: DOUBLE
                """;

        assertThat(all(run(new MlOpaqueOutputRule(), project))).isEmpty();
    }
}
