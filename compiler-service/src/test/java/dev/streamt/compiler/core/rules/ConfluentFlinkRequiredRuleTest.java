package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.KAFKA;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.columnOf;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import org.junit.jupiter.api.Test;

class ConfluentFlinkRequiredRuleTest {

    private static final String MODEL = """
            sources:
            - name: events
              topic: events.v1
            models:
            - name: predictions
              sql: SELECT event_id, ML_PREDICT(fraud_model, amount) AS prediction FROM {{ source("events") }}
            """;

    private static final String BOTH = KAFKA + """
              flink:
                default: local
                clusters:
                  local:
                    type: rest
                    rest_url: http://localhost:8081
                  cc:
                    type: confluent
                    environment: env-1
            """;

    @Test
    void reportsMlOnTheDefaultRestClusterAtTheSql() {
        String project = FLINK + MODEL;

        Diagnostic diagnostic = only(run(new ConfluentFlinkRequiredRule(), project), "CONFLUENT_FLINK_REQUIRED");

        assertAt(diagnostic, lineOf(project, "ML_PREDICT"), columnOf(project, "ML_PREDICT"), "models[0].sql");
        assertThat(diagnostic.message()).isEqualTo("Model 'predictions' calls ML_PREDICT, which only Confluent Cloud "
                + "Flink provides, but it runs on Flink cluster 'local' of type rest");
        assertThat(diagnostic.hint()).contains("type: confluent");
    }

    @Test
    void reportsAnExplicitRestClusterAtTheModelsClusterSetting() {
        String project = BOTH + MODEL.replace("- name: predictions\n",
                "- name: predictions\n  flink:\n    cluster: local\n");

        assertAt(only(run(new ConfluentFlinkRequiredRule(), project), "CONFLUENT_FLINK_REQUIRED"),
                lineOf(project, "cluster: local"), 5, "models[0].flink.cluster");
    }

    @Test
    void acceptsAConfluentClusterChosenByTheModelOrByDefault() {
        String chosen = BOTH + MODEL.replace("- name: predictions\n",
                "- name: predictions\n  advanced:\n    flink:\n      cluster: cc\n");
        String byDefault = BOTH.replace("default: local", "default: cc") + MODEL;

        assertThat(all(run(new ConfluentFlinkRequiredRule(), chosen))).isEmpty();
        assertThat(all(run(new ConfluentFlinkRequiredRule(), byDefault))).isEmpty();
    }

    @Test
    void leavesAProjectWithoutFlinkToFlinkRequired() {
        assertThat(all(run(new ConfluentFlinkRequiredRule(), KAFKA + MODEL))).isEmpty();
    }
}
