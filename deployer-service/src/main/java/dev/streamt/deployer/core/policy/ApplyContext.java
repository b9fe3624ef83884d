package dev.streamt.deployer.core.policy;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.events.Subject;
import java.util.List;
import java.util.Objects;

/**
 * Everything an apply is judged on: the change set, what the request approved, and what the deployer's records say
 * about the project and environment right now (a deployment still running, a change set applied after this one was
 * planned; {@code null} when there is none).
 */
public record ApplyContext(
        ChangeSet changeSet,
        boolean approveDestructive,
        String approvedBy,
        String activeDeploymentId,
        String newerAppliedChangeSetId) {

    public ApplyContext {
        Objects.requireNonNull(changeSet, "changeSet");
    }

    /** {@code <project>/<env>} of the change set, for messages. */
    public String projectEnvironment() {
        return Subject.of(changeSet.project(), changeSet.environment()).value();
    }

    /** The environment's name as a person reads it. */
    public String environmentName() {
        return changeSet.environment() == null ? Subject.DEFAULT_ENVIRONMENT : changeSet.environment();
    }

    /** The destructive changes that would run (a destructive change without work runs nothing). */
    public List<Change> destructiveChanges() {
        return changeSet.changes().stream()
                .filter(change -> change.destructive() && change.action() != ChangeAction.NONE
                        && change.action() != ChangeAction.BLOCKED)
                .toList();
    }

    /** Change ids for a message: the first few, then how many more. */
    static String list(List<Change> changes) {
        int shown = Math.min(changes.size(), 5);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            text.append(i == 0 ? "" : ", ").append(changes.get(i).id());
        }
        if (changes.size() > shown) {
            text.append(" and ").append(changes.size() - shown).append(" more");
        }
        return text.toString();
    }
}
