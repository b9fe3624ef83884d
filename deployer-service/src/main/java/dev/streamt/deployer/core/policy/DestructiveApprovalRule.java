package dev.streamt.deployer.core.policy;

import dev.streamt.contracts.changeset.Change;
import java.util.List;
import java.util.Optional;

/** Data or state is lost by a destructive change: it runs only when the apply says so ({@code approve_destructive}). */
public final class DestructiveApprovalRule implements RefusalRule {

    @Override
    public Optional<String> refusal(ApplyContext context) {
        List<Change> destructive = context.destructiveChanges();
        if (destructive.isEmpty() || context.approveDestructive()) {
            return Optional.empty();
        }
        return Optional.of("destructive changes need approve_destructive: " + ApplyContext.list(destructive));
    }
}
