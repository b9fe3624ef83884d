package dev.streamt.deployer.core.policy;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.manifest.EnvironmentSafety;
import dev.streamt.deployer.core.Changes;
import java.util.List;

/** Apply contexts for the rule tests. */
final class Contexts {

    static final EnvironmentSafety PROTECTED = new EnvironmentSafety(true, false, true, false);
    static final EnvironmentSafety NO_DESTRUCTIVE = new EnvironmentSafety(false, false, false, false);

    private Contexts() {
    }

    static ApplyContext of(List<Change> changes, EnvironmentSafety safety, boolean approveDestructive,
            String approvedBy) {
        return new ApplyContext(Changes.changeSet("cs-1", "prod", safety, changes), approveDestructive, approvedBy,
                null, null);
    }

    static ApplyContext creating() {
        return of(List.of(Changes.topic("orders", ChangeAction.CREATE)), EnvironmentSafety.UNPROTECTED, false, null);
    }

    static ApplyContext deleting(EnvironmentSafety safety, boolean approveDestructive) {
        return of(List.of(Changes.topic("orders", ChangeAction.CREATE), Changes.topic("old", ChangeAction.DELETE)),
                safety, approveDestructive, null);
    }
}
