package dev.streamt.testkit.service;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.runtime.inbox.HandlerOutcome;
import dev.streamt.runtime.inbox.IdempotentConsumer;
import dev.streamt.runtime.kafka.InboundEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A consumer that exists only in tests: it reads the topic a service publishes to (set with
 * {@code testkit.wiring-probe.topic}) through the service's real idempotent consumer, and remembers what its handler
 * was given. Proves the whole path: outbox, relay, broker, consumer group, inbox.
 */
@ApplicationScoped
public class WiringProbe {

    public static final String CHANNEL = "streamt-wiring-probe";
    static final String CONSUMER = "wiring-probe";

    @Inject
    IdempotentConsumer consumer;

    private final List<CloudEvent<?>> handled = new CopyOnWriteArrayList<>();

    @Incoming(CHANNEL)
    @Blocking
    CompletionStage<Void> onRecord(Message<InboundEvent> message) {
        return consumer.consume(CONSUMER, message, event -> {
            handled.add(event);
            return HandlerOutcome.PROCESSED;
        });
    }

    /** Every event the handler was called with, in order. */
    public List<CloudEvent<?>> handled() {
        return List.copyOf(handled);
    }

    /** How many times the handler was called with the event of this id. */
    public long timesHandled(String eventId) {
        return handled.stream().filter(e -> e.id().equals(eventId)).count();
    }
}
