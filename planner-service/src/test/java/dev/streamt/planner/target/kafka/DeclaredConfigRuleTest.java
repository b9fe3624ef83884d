package dev.streamt.planner.target.kafka;

import static dev.streamt.planner.target.kafka.TopicFixtures.comparison;
import static dev.streamt.planner.target.kafka.TopicFixtures.desired;
import static dev.streamt.planner.target.kafka.TopicFixtures.running;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeclaredConfigRuleTest {

    private final DeclaredConfigRule rule = new DeclaredConfigRule();

    @Test
    void aChangedDeclaredValueIsAnInPlaceUpdate() {
        TopicFinding finding = rule.check(comparison(running(3, 1, Map.of("retention.ms", "86400000")),
                desired(3, 1, Map.of("retention.ms", "604800000"))));
        assertThat(finding.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(finding.diff()).containsExactly(new FieldDiff("config.retention.ms", "86400000", "604800000"));
    }

    @Test
    void valuesAreComparedByMeaning() {
        assertThat(rule.check(comparison(
                running(3, 1, Map.of("retention.ms", "604800000", "unclean.leader.election.enable", "false")),
                desired(3, 1, Map.of("retention.ms", " 604800000 ", "unclean.leader.election.enable", "FALSE")))))
                .isEqualTo(TopicFinding.NONE);
    }

    @Test
    void keysTheProjectDoesNotDeclareAreLeftAlone() {
        assertThat(rule.check(comparison(running(3, 1, Map.of("segment.ms", "1000")), desired(3, 1, Map.of()))))
                .isEqualTo(TopicFinding.NONE);
    }

    @Test
    void aPlaceholderValueIsNeverCompared() {
        assertThat(rule.check(comparison(running(3, 1, Map.of("retention.ms", "1")),
                desired(3, 1, Map.of("retention.ms", "${RETENTION}"))))).isEqualTo(TopicFinding.NONE);
    }

    @Test
    void cleanupPolicyIsLeftToItsOwnRule() {
        assertThat(rule.check(comparison(running(3, 1, Map.of("cleanup.policy", "delete")),
                desired(3, 1, Map.of("cleanup.policy", "compact"))))).isEqualTo(TopicFinding.NONE);
    }
}
