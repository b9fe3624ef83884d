package dev.streamt.planner.target.kafka;

import static dev.streamt.planner.target.kafka.TopicFixtures.comparison;
import static dev.streamt.planner.target.kafka.TopicFixtures.desired;
import static dev.streamt.planner.target.kafka.TopicFixtures.running;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CleanupPolicyRuleTest {

    private final CleanupPolicyRule rule = new CleanupPolicyRule();

    @Test
    void switchingFromDeleteToCompactReplacesTheTopic() {
        TopicFinding finding = rule.check(comparison(running(3, 1, Map.of("cleanup.policy", "delete")),
                desired(3, 1, Map.of("cleanup.policy", "compact"))));
        assertThat(finding.action()).isEqualTo(ChangeAction.REPLACE);
        assertThat(finding.diff()).containsExactly(new FieldDiff("config.cleanup.policy", "delete", "compact"));
    }

    @Test
    void policiesAreComparedAsSets() {
        assertThat(rule.check(comparison(running(3, 1, Map.of("cleanup.policy", "compact,delete")),
                desired(3, 1, Map.of("cleanup.policy", " Delete , compact"))))).isEqualTo(TopicFinding.NONE);
    }

    @Test
    void anUndeclaredPolicyIsNotCompared() {
        assertThat(rule.check(comparison(running(3, 1, Map.of("cleanup.policy", "compact")), desired(3, 1, Map.of()))))
                .isEqualTo(TopicFinding.NONE);
    }
}
