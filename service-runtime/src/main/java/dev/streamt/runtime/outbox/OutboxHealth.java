package dev.streamt.runtime.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The outbox as an operator sees it in {@code /q/health/ready}: events waiting for the broker, events parked for good
 * and the last one parked with its reason. Always up: a parked event needs an operator's look, but the service keeps
 * publishing everything else, and an unreachable broker is the Kafka check's to report.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("streamt-outbox").up()
                .withData("pending", relay.pendingCount())
                .withData("parked", relay.parkedCount())
                .withData("backing_off", relay.isFailing());
        relay.lastParked().ifPresent(p -> response
                .withData("last_parked_event", p.eventId())
                .withData("last_parked_type", p.eventType())
                .withData("last_parked_reason", p.reason())
                .withData("last_parked_at", p.parkedAt().toString()));
        return response.build();
    }
}
