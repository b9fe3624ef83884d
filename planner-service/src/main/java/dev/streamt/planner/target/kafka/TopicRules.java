package dev.streamt.planner.target.kafka;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import dev.streamt.planner.core.Comparison;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The topic rules together: every rule runs, their diffs are joined (partitions, replication factor, then config keys
 * in order) and the strongest action wins: blocked, then replace (destructive), then update, else none. Thread-safe.
 */
public final class TopicRules {

    private static final List<ChangeAction> STRENGTH = List.of(ChangeAction.NONE, ChangeAction.UPDATE,
            ChangeAction.REPLACE, ChangeAction.BLOCKED);

    private final List<TopicRule> rules;

    public TopicRules(List<TopicRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of the shared plan/apply decisions. */
    public static TopicRules standard() {
        return new TopicRules(List.of(new PartitionsRule(), new ReplicationFactorRule(), new CleanupPolicyRule(),
                new DeclaredConfigRule(), new RemovedOverrideRule()));
    }

    public Comparison compare(Map<String, Object> running, Map<String, Object> desired,
            Map<String, Object> lastApplied) {
        TopicComparison comparison = new TopicComparison(running, desired, lastApplied);
        ChangeAction action = ChangeAction.NONE;
        List<FieldDiff> diff = new ArrayList<>();
        StringJoiner reasons = new StringJoiner("; ");
        for (TopicRule rule : rules) {
            TopicFinding finding = rule.check(comparison);
            diff.addAll(finding.diff());
            if (finding.reason() != null) {
                reasons.add(finding.reason());
            }
            if (STRENGTH.indexOf(finding.action()) > STRENGTH.indexOf(action)) {
                action = finding.action();
            }
        }
        diff.sort(Comparator.comparing(TopicRules::fieldOrder).thenComparing(FieldDiff::field));
        String reason = action == ChangeAction.BLOCKED ? reasons.toString() : null;
        return new Comparison(action, diff, action == ChangeAction.REPLACE, reason);
    }

    private static int fieldOrder(FieldDiff diff) {
        if (diff.field().equals(TopicState.PARTITIONS)) {
            return 0;
        }
        return diff.field().equals(TopicState.REPLICATION_FACTOR) ? 1 : 2;
    }
}
