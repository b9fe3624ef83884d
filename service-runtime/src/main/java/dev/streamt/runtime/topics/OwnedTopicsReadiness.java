package dev.streamt.runtime.topics;

import dev.streamt.contracts.events.StreamtTopic;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the topics this service owns exist: publishing to a missing topic would only fail. */
@Readiness
@ApplicationScoped
public class OwnedTopicsReadiness implements HealthCheck {

    @Inject
    TopicProvisioner provisioner;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("streamt-owned-topics")
                .withData("topics", String.join(",", provisioner.ownedTopics().stream().map(StreamtTopic::topicName).toList()));
        return provisioner.isDone()
                ? response.up().build()
                : response.down().withData("reason", String.valueOf(provisioner.lastError())).build();
    }
}
