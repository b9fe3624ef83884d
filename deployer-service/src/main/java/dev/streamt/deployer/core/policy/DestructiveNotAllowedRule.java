package dev.streamt.deployer.core.policy;

import dev.streamt.contracts.changeset.Change;
import java.util.List;
import java.util.Optional;

/** An environment with {@code allow_destructive: false} never runs a destructive change, approved or not. */
public final class DestructiveNotAllowedRule implements RefusalRule {

    @Override
    public Optional<String> refusal(ApplyContext context) {
        List<Change> destructive = context.destructiveChanges();
        if (destructive.isEmpty() || context.changeSet().safety().allowDestructive()) {
            return Optional.empty();
        }
        return Optional.of("environment '" + context.environmentName()
                + "' does not allow destructive changes (allow_destructive: false): " + ApplyContext.list(destructive));
    }
}
