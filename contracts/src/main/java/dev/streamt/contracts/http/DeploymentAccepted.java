package dev.streamt.contracts.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;

/** The response of {@code POST /api/v1/deployments} (202): the id of the deployment that was started or found. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeploymentAccepted(String deploymentId) {

    public DeploymentAccepted {
        Require.nonBlank(deploymentId, "deployment_id");
    }
}
