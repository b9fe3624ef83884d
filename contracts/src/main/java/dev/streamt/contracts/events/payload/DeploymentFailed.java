package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.deployment.Deployment;

/** Event {@code dev.streamt.deployment.failed.v1}: a deployment stopped at a failed step; {@code reason} says why. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeploymentFailed(Deployment deployment, String reason) {

    public DeploymentFailed {
        Require.nonNull(deployment, "deployment");
        Require.nonBlank(reason, "reason");
    }
}
