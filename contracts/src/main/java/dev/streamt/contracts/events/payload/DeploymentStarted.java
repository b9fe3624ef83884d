package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.deployment.Deployment;

/** Event {@code dev.streamt.deployment.started.v1}: carries the whole {@code deployment} at that moment. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeploymentStarted(Deployment deployment) {

    public DeploymentStarted {
        Require.nonNull(deployment, "deployment");
    }
}
