package dev.streamt.planner.target.kafka;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.List;

/**
 * A new replication factor is a replace: the Admin API changes replicas only by a reassignment the platform does not
 * run, so the topic is deleted and created again (destructive: its records are lost).
 */
public final class ReplicationFactorRule implements TopicRule {

    @Override
    public TopicFinding check(TopicComparison comparison) {
        Integer running = TopicState.replicationFactor(comparison.running());
        Integer desired = TopicState.replicationFactor(comparison.desired());
        if (running == null || desired == null || running.equals(desired)) {
            return TopicFinding.NONE;
        }
        return TopicFinding.of(ChangeAction.REPLACE,
                List.of(new FieldDiff(TopicState.REPLICATION_FACTOR, running, desired)));
    }
}
