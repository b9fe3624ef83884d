package dev.streamt.deployer.core.policy;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import java.util.List;
import java.util.Optional;

/** A change set with a blocked change cannot be applied at all: applying the rest would leave a half-done state. */
public final class BlockedChangesRule implements RefusalRule {

    @Override
    public Optional<String> refusal(ApplyContext context) {
        List<Change> blocked = context.changeSet().changes().stream()
                .filter(change -> change.action() == ChangeAction.BLOCKED).toList();
        if (blocked.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder reason = new StringBuilder("the change set has blocked changes: ");
        int shown = Math.min(blocked.size(), 5);
        for (int i = 0; i < shown; i++) {
            Change change = blocked.get(i);
            reason.append(i == 0 ? "" : "; ").append(change.id()).append(" (").append(change.reason()).append(')');
        }
        if (blocked.size() > shown) {
            reason.append("; and ").append(blocked.size() - shown).append(" more");
        }
        return Optional.of(reason.append("; fix them and plan again").toString());
    }
}
