package dev.streamt.planner.target.kafka;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.List;

/**
 * Partitions only grow: more partitions is an in-place update (CreatePartitions); fewer is blocked at plan time, since
 * Kafka cannot remove a partition and records keyed to it would have nowhere to go.
 */
public final class PartitionsRule implements TopicRule {

    @Override
    public TopicFinding check(TopicComparison comparison) {
        Integer running = TopicState.partitions(comparison.running());
        Integer desired = TopicState.partitions(comparison.desired());
        if (running == null || desired == null || running.equals(desired)) {
            return TopicFinding.NONE;
        }
        List<FieldDiff> diff = List.of(new FieldDiff(TopicState.PARTITIONS, running, desired));
        if (desired > running) {
            return TopicFinding.of(ChangeAction.UPDATE, diff);
        }
        return new TopicFinding(ChangeAction.BLOCKED, diff, "partitions cannot decrease: running " + running
                + ", declared " + desired + " (Kafka cannot remove partitions); keep " + running
                + " or replace the topic under a new name");
    }
}
