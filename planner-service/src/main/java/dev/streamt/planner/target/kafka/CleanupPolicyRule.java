package dev.streamt.planner.target.kafka;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.List;

/**
 * A declared {@code cleanup.policy} that differs from the running one is a replace (decided with the deployer): a topic
 * switched between compaction and deletion in place keeps records written under the old policy's assumptions, so it is
 * rebuilt. Compared as a set ({@code compact,delete} = {@code delete,compact}).
 */
public final class CleanupPolicyRule implements TopicRule {

    static final String KEY = "cleanup.policy";

    @Override
    public TopicFinding check(TopicComparison comparison) {
        String desired = comparison.desiredConfig().get(KEY);
        if (desired == null || !ConfigValues.comparable(desired)) {
            return TopicFinding.NONE;
        }
        String running = comparison.runningConfig().get(KEY);
        if (ConfigValues.same(KEY, running, desired)) {
            return TopicFinding.NONE;
        }
        return TopicFinding.of(ChangeAction.REPLACE, List.of(new FieldDiff("config." + KEY, running, desired)));
    }
}
