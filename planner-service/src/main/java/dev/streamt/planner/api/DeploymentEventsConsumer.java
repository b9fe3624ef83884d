package dev.streamt.planner.api;

import dev.streamt.planner.app.DeploymentLedger;
import dev.streamt.runtime.inbox.IdempotentConsumer;
import dev.streamt.runtime.kafka.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** {@code streamt.deployment.events} in: ownership and the applied manifest learned once per event (see {@link DeploymentLedger}). */
@ApplicationScoped
public class DeploymentEventsConsumer {

    static final String CONSUMER = "planner-deployments";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    DeploymentLedger ledger;

    @Incoming("deployment-events")
    @Blocking
    CompletionStage<Void> onRecord(Message<InboundEvent> message) {
        return consumer.consume(CONSUMER, message, ledger::onEvent);
    }
}
