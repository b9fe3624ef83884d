package dev.streamt.deployer.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether an apply may run: every rule is asked and all their reasons are given together, so one 409 tells the
 * caller everything to fix. Pure, thread-safe.
 */
public final class ApplyPolicy {

    private final List<RefusalRule> rules;

    public ApplyPolicy(List<RefusalRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The deployer's rules, most fundamental first. */
    public static ApplyPolicy standard() {
        return new ApplyPolicy(List.of(new BlockedChangesRule(), new ActiveDeploymentRule(), new StaleChangeSetRule(),
                new DestructiveNotAllowedRule(), new DestructiveApprovalRule(), new ApproverRequiredRule()));
    }

    /** Why the apply is refused, or empty when it may run. */
    public Optional<String> refusal(ApplyContext context) {
        List<String> reasons = new ArrayList<>();
        for (RefusalRule rule : rules) {
            rule.refusal(context).ifPresent(reasons::add);
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", reasons));
    }
}
