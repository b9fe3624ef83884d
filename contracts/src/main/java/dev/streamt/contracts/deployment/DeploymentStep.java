package dev.streamt.contracts.deployment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeTarget;
import java.time.Instant;

/**
 * One step of a deployment: carrying out one change ({@code change_id}) of the change set on its {@code target}
 * resource {@code name} with its {@code action}; its {@code status}, when it started and finished, and the
 * {@code error} when it failed.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeploymentStep(
        String changeId,
        ChangeTarget target,
        String name,
        ChangeAction action,
        StepStatus status,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String error) {

    public DeploymentStep {
        Require.nonBlank(changeId, "change_id");
        Require.nonNull(target, "target");
        Require.nonBlank(name, "step name");
        Require.nonNull(action, "action");
        Require.nonNull(status, "status");
    }

    /** A pending step for a change. */
    public static DeploymentStep pending(Change change) {
        return new DeploymentStep(change.id(), change.target(), change.name(), change.action(), StepStatus.PENDING,
                null, null, null);
    }

    /** This step with another status, times and error. */
    public DeploymentStep with(StepStatus newStatus, Instant newStartedAt, Instant newFinishedAt, String newError) {
        return new DeploymentStep(changeId, target, name, action, newStatus, newStartedAt, newFinishedAt, newError);
    }
}
