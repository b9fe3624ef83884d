package dev.streamt.compiler.core.rules;

import static dev.streamt.compiler.core.rules.RuleFixture.FLINK;
import static dev.streamt.compiler.core.rules.RuleFixture.all;
import static dev.streamt.compiler.core.rules.RuleFixture.assertAt;
import static dev.streamt.compiler.core.rules.RuleFixture.lineOf;
import static dev.streamt.compiler.core.rules.RuleFixture.only;
import static dev.streamt.compiler.core.rules.RuleFixture.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredTopicConfigRuleTest {

    private static final String SOURCE = """
            sources:
            - name: orders_raw
              topic: orders.raw.v1
            """;

    @Test
    void reportsAWrongValueWhereItIsSetAndAMissingKeyAtTheModelsTopicConfig() {
        String project = FLINK + """
                rules:
                  topics:
                    required_config:
                      cleanup.policy: compact
                      min.insync.replicas: 2
                """ + SOURCE + """
                models:
                - name: m
                  sql: SELECT * FROM {{ source('orders_raw') }}
                  advanced:
                    topic:
                      config:
                        cleanup.policy: delete
                """;

        List<Diagnostic> found = all(run(new RequiredTopicConfigRule(), project));

        assertThat(found).extracting(Diagnostic::code).containsOnly("RULE_REQUIRED_CONFIG").hasSize(2);
        Diagnostic missing = found.get(0);
        Diagnostic wrong = found.get(1);
        assertAt(wrong, lineOf(project, "cleanup.policy: delete"), 9,
                "models[0].advanced.topic.config['cleanup.policy']");
        assertThat(wrong.message()).isEqualTo("Topic 'm' of model 'm' sets config 'cleanup.policy' to 'delete', but "
                + "rules.topics.required_config requires 'compact'");
        assertThat(wrong.hint())
                .isEqualTo("Set advanced.topic.config['cleanup.policy'] on model 'm' to 'compact'.");
        assertAt(missing, lineOf(project, "      config:"), 7, "models[0].advanced.topic.config");
        assertThat(missing.message()).isEqualTo("Topic 'm' of model 'm' does not set config 'min.insync.replicas' "
                + "(required: '2'), required by rules.topics.required_config");
    }

    @Test
    void acceptsTheRequiredValuesFromDefaultsAndTheListFormOfKeys() {
        String project = FLINK + """
                rules:
                  topics:
                    required_config: [retention.ms]
                defaults:
                  topic:
                    config:
                      retention.ms: 86400000
                """ + SOURCE + """
                models:
                - name: m
                  sql: SELECT * FROM {{ source('orders_raw') }}
                """;

        assertThat(all(run(new RequiredTopicConfigRule(), project))).isEmpty();
    }

    @Test
    void aMissingKeyOfTheListFormIsReportedAtTheModelAndHonoursSeverity() {
        String project = FLINK + """
                rules:
                  topics:
                    severity: warning
                    required_config: [retention.ms]
                """ + SOURCE + """
                models:
                - name: m
                  sql: SELECT * FROM {{ source('orders_raw') }}
                """;

        Diagnostics result = run(new RequiredTopicConfigRule(), project);

        Diagnostic diagnostic = only(result, "RULE_REQUIRED_CONFIG");
        assertThat(result.warnings()).containsExactly(diagnostic);
        assertAt(diagnostic, lineOf(project, "- name: m"), 3, "models[0]");
        assertThat(diagnostic.message()).isEqualTo("Topic 'm' of model 'm' does not set config 'retention.ms', "
                + "required by rules.topics.required_config");
    }
}
