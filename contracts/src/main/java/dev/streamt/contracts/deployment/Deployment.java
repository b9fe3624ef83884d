package dev.streamt.contracts.deployment;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.time.Instant;
import java.util.List;

/**
 * The execution of one change set in one project and environment: who {@code approved_by} it and whether destructive
 * changes were approved ({@code approve_destructive}), its {@code status}, when it was created and finished, and its
 * {@code steps} in execution order (schemas, topics, gateway rules, Flink jobs, connectors; deletes in reverse). It is
 * the audit record of what was done.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Deployment(
        String id,
        String changesetId,
        String project,
        @Nullable String environment,
        DeploymentStatus status,
        boolean approveDestructive,
        @Nullable String approvedBy,
        Instant createdAt,
        @Nullable Instant finishedAt,
        List<DeploymentStep> steps) {

    public Deployment {
        Require.nonBlank(id, "deployment id");
        Require.nonBlank(changesetId, "changeset_id");
        Require.nonBlank(project, "project");
        Require.nullOrNonBlank(environment, "environment");
        Require.nonNull(status, "status");
        Require.nullOrNonBlank(approvedBy, "approved_by");
        Require.nonNull(createdAt, "created_at");
        steps = Require.list(steps, "steps");
    }

    /** This deployment with another status and finish time. */
    public Deployment with(DeploymentStatus newStatus, Instant newFinishedAt) {
        return new Deployment(id, changesetId, project, environment, newStatus, approveDestructive, approvedBy,
                createdAt, newFinishedAt, steps);
    }

    /** This deployment with other steps. */
    public Deployment withSteps(List<DeploymentStep> newSteps) {
        return new Deployment(id, changesetId, project, environment, status, approveDestructive, approvedBy,
                createdAt, finishedAt, newSteps);
    }
}
