package dev.streamt.planner.target.kafka;

import static dev.streamt.planner.target.kafka.TopicFixtures.comparison;
import static dev.streamt.planner.target.kafka.TopicFixtures.desired;
import static dev.streamt.planner.target.kafka.TopicFixtures.running;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicationFactorRuleTest {

    private final ReplicationFactorRule rule = new ReplicationFactorRule();

    @Test
    void anotherReplicationFactorReplacesTheTopic() {
        TopicFinding finding = rule.check(comparison(running(3, 1, Map.of()), desired(3, 3, Map.of())));
        assertThat(finding.action()).isEqualTo(ChangeAction.REPLACE);
        assertThat(finding.diff()).containsExactly(new FieldDiff("replication_factor", 1, 3));
    }

    @Test
    void theSameReplicationFactorNeedsNothing() {
        assertThat(rule.check(comparison(running(3, 3, Map.of()), desired(3, 3, Map.of()))))
                .isEqualTo(TopicFinding.NONE);
    }
}
