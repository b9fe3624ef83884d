package dev.streamt.runtime.inbox;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.runtime.config.StreamtRuntimeConfig;
import dev.streamt.runtime.kafka.InboundEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes each event once per consumer, whatever Kafka redelivers. For every record: in one database transaction the
 * event id is claimed in the service's inbox and the handler runs; only after that transaction commits is the record
 * acknowledged, so its offset is committed after the work it caused. A record seen before does nothing again. A handler
 * that keeps failing is retried with backoff, then recorded as failed and skipped so one bad event cannot stop a
 * partition; records that are not valid events are recorded and skipped the same way.
 *
 * <p>Thread-safe. Call it from a blocking {@code @Incoming} method (it runs JDBC and may sleep between attempts):
 * <pre>{@code
 * @Incoming("manifest-events") @Blocking
 * CompletionStage<Void> onEvent(Message<InboundEvent> message) {
 *     return consumer.consume("lineage", message, handler::handle);
 * }
 * }</pre>
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    InboxRepository inbox;

    @Inject
    StreamtRuntimeConfig config;

    @Inject
    MeterRegistry meters;

    private volatile boolean shuttingDown;

    /**
     * Handles one record at most once for this consumer name and acknowledges it.
     *
     * @param consumer a stable name of the logical consumer (two consumers of one topic in one service get two names)
     * @return the acknowledgement of the record, completed after the outcome is committed
     */
    public CompletionStage<Void> consume(String consumer, Message<InboundEvent> message, EventHandler handler) {
        if (shuttingDown) {
            // Leave the record unacknowledged: its offset is not committed and the next pod or start handles it.
            return java.util.concurrent.CompletableFuture.failedFuture(new ShuttingDown());
        }
        InboundEvent inbound = message.getPayload();
        if (inbound instanceof InboundEvent.Malformed malformed) {
            inbound = message.getMetadata(IncomingKafkaRecordMetadata.class)
                    .map(kafka -> (InboundEvent) malformed.at(kafka.getTopic(), kafka.getPartition(), kafka.getOffset()))
                    .orElse(inbound);
        }
        HandlerOutcome outcome;
        try {
            outcome = consume(consumer, inbound, handler);
        } catch (ShuttingDown e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
        meters.counter("streamt.inbox.events", "consumer", consumer, "outcome", outcome.wireName()).increment();
        return message.ack();
    }

    /** The same, for a payload already taken out of its message (its acknowledgement is the caller's). */
    public HandlerOutcome consume(String consumer, InboundEvent inbound, EventHandler handler) {
        if (inbound instanceof InboundEvent.Decoded decoded) {
            return handleDecoded(consumer, decoded.event(), handler);
        }
        if (inbound instanceof InboundEvent.UnknownType unknown) {
            LOG.debugf("%s skips event %s of unknown type %s", consumer, unknown.id(), unknown.type());
            recordOutcome(consumer, unknown.id(), unknown.type(), unknown.subject(), HandlerOutcome.IGNORED, null);
            return HandlerOutcome.IGNORED;
        }
        InboundEvent.Malformed malformed = (InboundEvent.Malformed) inbound;
        LOG.warnf("%s skips an unreadable record of %s: %s; starts with: %s",
                consumer, malformed.topic(), malformed.reason(), malformed.excerpt());
        recordOutcome(consumer, malformed.inboxId(), null, null, HandlerOutcome.UNREADABLE, malformed.reason());
        return HandlerOutcome.UNREADABLE;
    }

    private HandlerOutcome handleDecoded(String consumer, CloudEvent<?> event, EventHandler handler) {
        RetrySchedule retries = new RetrySchedule(config.inbox().maxAttempts(), config.inbox().retryBackoff());
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(() -> {
                    if (!inbox.claim(consumer, event.id(), event.type().type(), event.subject().value())) {
                        return HandlerOutcome.DUPLICATE;
                    }
                    HandlerOutcome outcome = handler.handle(event);
                    inbox.record(consumer, event.id(), event.type().type(), event.subject().value(), outcome, null);
                    return outcome;
                });
            } catch (RuntimeException e) {
                if (shuttingDown) {
                    // The failure may be the shutdown itself (container or pool closing): never record it as the
                    // event's fault, or the event would be skipped for good after the restart.
                    throw new ShuttingDown();
                }
                Throwable cause = rootCause(e);
                if (!retries.retriesAfter(attempt)) {
                    LOG.errorf(cause, "%s gives up on event %s (%s, subject %s, correlation %s) after %d attempts",
                            consumer, event.id(), event.type(), event.subject(), event.correlationid(), attempt);
                    recordOutcome(consumer, event.id(), event.type().type(), event.subject().value(), HandlerOutcome.FAILED,
                            cause.getClass().getSimpleName() + ": " + cause.getMessage());
                    return HandlerOutcome.FAILED;
                }
                Duration pause = retries.backoffAfter(attempt);
                LOG.warnf("%s failed on event %s (attempt %d of %d, retrying in %d ms): %s",
                        consumer, event.id(), attempt, retries.maxAttempts(), pause.toMillis(), cause.toString());
                sleep(pause);
            }
        }
    }

    void onShutdown(@jakarta.enterprise.event.Observes io.quarkus.runtime.ShutdownEvent event) {
        shuttingDown = true;
    }

    /** Handling stopped because the service is stopping; the record stays unacknowledged. */
    static final class ShuttingDown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ShuttingDown() {
            super("the service is shutting down; the event will be handled after the restart", null, false, false);
        }
    }

    private void recordOutcome(String consumer, String eventId, String type, String subject, HandlerOutcome outcome,
            String detail) {
        QuarkusTransaction.requiringNew().run(() -> {
            try {
                inbox.record(consumer, eventId, type, subject, outcome, detail);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot record " + outcome.wireName() + " event " + eventId, e);
            }
        });
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
