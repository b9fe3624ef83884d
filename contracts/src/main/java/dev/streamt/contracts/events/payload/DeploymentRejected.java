package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/**
 * Event {@code dev.streamt.deployment.rejected.v1}: an apply of change set {@code changeset_id} was refused before
 * any step ran (destructive changes not approved, blocked changes, unknown change set, protected environment);
 * {@code deployment_id} is {@code null} when no deployment was recorded.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeploymentRejected(String changesetId, @Nullable String deploymentId, String reason) {

    public DeploymentRejected {
        Require.nonBlank(changesetId, "changeset_id");
        Require.nullOrNonBlank(deploymentId, "deployment_id");
        Require.nonBlank(reason, "reason");
    }
}
