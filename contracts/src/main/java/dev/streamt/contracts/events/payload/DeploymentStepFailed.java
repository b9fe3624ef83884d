package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.deployment.DeploymentStep;

/**
 * Event {@code dev.streamt.deployment.step.failed.v1}: one {@code step} of deployment
 * {@code deployment_id} (of change set {@code changeset_id}) failed; the step's error says why.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeploymentStepFailed(String deploymentId, String changesetId, DeploymentStep step) {

    public DeploymentStepFailed {
        Require.nonBlank(deploymentId, "deployment_id");
        Require.nonBlank(changesetId, "changeset_id");
        Require.nonNull(step, "step");
    }
}
