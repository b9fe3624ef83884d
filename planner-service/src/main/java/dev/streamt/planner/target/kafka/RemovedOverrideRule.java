package dev.streamt.planner.target.kafka;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A config key the project applied before and no longer declares: its override is removed (IncrementalAlterConfigs
 * DELETE, the diff goes to {@code null}), so the topic falls back to the cluster default as the project now asks. A key
 * that is no longer overridden on the topic needs nothing.
 */
public final class RemovedOverrideRule implements TopicRule {

    @Override
    public TopicFinding check(TopicComparison comparison) {
        Map<String, String> desired = comparison.desiredConfig();
        Map<String, String> running = comparison.runningConfig();
        Set<String> overridden = TopicState.overrides(comparison.running());
        List<FieldDiff> diff = new ArrayList<>();
        TopicState.config(comparison.lastApplied()).forEach((key, applied) -> {
            if (!desired.containsKey(key) && overridden.contains(key)) {
                diff.add(new FieldDiff("config." + key, ConfigValues.shown(running.get(key), applied), null));
            }
        });
        return TopicFinding.of(ChangeAction.UPDATE, diff);
    }
}
