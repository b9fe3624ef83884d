package dev.streamt.planner.target.kafka;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every declared config key (except {@code cleanup.policy}, see {@link CleanupPolicyRule}) whose running value means
 * something else is an in-place update (IncrementalAlterConfigs SET). Only declared keys are compared: what the project
 * does not declare is the cluster's business. Values with a {@code ${VAR}} placeholder are not compared.
 */
public final class DeclaredConfigRule implements TopicRule {

    @Override
    public TopicFinding check(TopicComparison comparison) {
        Map<String, String> running = comparison.runningConfig();
        List<FieldDiff> diff = new ArrayList<>();
        comparison.desiredConfig().forEach((key, desired) -> {
            if (key.equals(CleanupPolicyRule.KEY) || !ConfigValues.comparable(desired)) {
                return;
            }
            String current = running.get(key);
            if (!ConfigValues.same(key, current, desired)) {
                diff.add(new FieldDiff("config." + key, current, desired));
            }
        });
        return TopicFinding.of(ChangeAction.UPDATE, diff);
    }
}
