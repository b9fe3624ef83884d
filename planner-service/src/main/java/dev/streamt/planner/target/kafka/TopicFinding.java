package dev.streamt.planner.target.kafka;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.List;

/** What one topic rule found: the action it needs, its field diffs and, when blocked, why. */
public record TopicFinding(ChangeAction action, List<FieldDiff> diff, String reason) {

    public static final TopicFinding NONE = new TopicFinding(ChangeAction.NONE, List.of(), null);

    public TopicFinding {
        diff = List.copyOf(diff);
    }

    static TopicFinding of(ChangeAction action, List<FieldDiff> diff) {
        return diff.isEmpty() ? NONE : new TopicFinding(action, diff, null);
    }
}
