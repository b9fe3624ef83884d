package dev.streamt.deployer.core.policy;

import java.util.Optional;

/**
 * A change set planned before another one of the same project and environment was applied describes a state that no
 * longer runs: applying it could undo the newer apply.
 */
public final class StaleChangeSetRule implements RefusalRule {

    @Override
    public Optional<String> refusal(ApplyContext context) {
        if (context.newerAppliedChangeSetId() == null) {
            return Optional.empty();
        }
        return Optional.of("the change set is stale: change set " + context.newerAppliedChangeSetId() + " of "
                + context.projectEnvironment() + " was applied after it was planned; plan again");
    }
}
