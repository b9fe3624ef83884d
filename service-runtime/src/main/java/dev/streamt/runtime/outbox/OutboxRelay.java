package dev.streamt.runtime.outbox;

import dev.streamt.runtime.config.StreamtRuntimeConfig;
import dev.streamt.runtime.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka. Runs on one thread of its own: woken after every commit that recorded events,
 * and on a fixed interval to pick up what a crash or an unreachable broker left behind. A row is marked published only
 * after the broker acknowledged it, so delivery is at least once; consumers deduplicate by event id.
 *
 * <p>Each event of a batch has its own outcome. One the broker refuses for good (too large for the topic, not a valid
 * record: see {@link Undeliverable}) is <em>parked</em>: kept with its reason, logged once, counted in
 * {@code streamt.outbox.parked}, shown by the {@code streamt-outbox} health check, and never sent again, so it cannot
 * block the events behind it. Any other failure (broker unreachable, timeout) leaves the event pending and the relay
 * backs off, doubling its pause up to {@code streamt.outbox.max-backoff}.
 *
 * <p>The relay sends with its own Kafka producer (idempotent, {@code acks=all}, zstd), not a reactive-messaging
 * emitter: it needs the broker's answer per record, and a refused record must not mark the whole channel unhealthy.
 *
 * <p>Lifecycle: started on application start, stopped on shutdown. {@link #wakeUp()} is thread-safe and never blocks.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long PURGE_EVERY_MS = TimeUnit.HOURS.toMillis(1);
    private static final byte[] CONTENT_TYPE = CloudEventSerializer.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8);

    @Inject
    OutboxRepository repository;

    @Inject
    StreamtRuntimeConfig config;

    @Inject
    MeterRegistry meters;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong parkedStored = new AtomicLong();
    private volatile boolean failing;
    private volatile int consecutiveFailures;
    private volatile long nextAttemptAtMs;
    private volatile long lastPurge;
    private volatile ParkedEvent lastParked;
    private ScheduledExecutorService executor;
    private Producer<String, byte[]> producer;
    private Counter published;
    private Counter parked;

    /** The last event this relay parked, for health details. */
    public record ParkedEvent(String eventId, String eventType, String topic, String reason, Instant parkedAt) {
    }

    void start(@Observes StartupEvent event) {
        published = meters.counter("streamt.outbox.published");
        parked = meters.counter("streamt.outbox.parked");
        meters.gauge("streamt.outbox.pending", pending);
        meters.gauge("streamt.outbox.parked.stored", parkedStored);
        producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer());
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "streamt-outbox-relay");
            t.setDaemon(true);
            return t;
        });
        long interval = config.outbox().pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drainAndPurge, 0, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(config.outbox().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Asks for a drain soon; several wake-ups before it runs coalesce into one. */
    public void wakeUp() {
        ScheduledExecutorService ex = executor;
        if (ex != null && !ex.isShutdown() && wakeUpQueued.compareAndSet(false, true)) {
            ex.execute(() -> {
                wakeUpQueued.set(false);
                drainAndPurge();
            });
        }
    }

    /** Events still waiting for the broker, as of the last drain. */
    public long pendingCount() {
        return pending.get();
    }

    /** Events set aside for good, as of the last drain. */
    public long parkedCount() {
        return parkedStored.get();
    }

    /** The event parked last since the start, if any. */
    public Optional<ParkedEvent> lastParked() {
        return Optional.ofNullable(lastParked);
    }

    /** Whether the last attempt to reach the broker failed (the relay is backing off). */
    public boolean isFailing() {
        return failing;
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> producerConfig = new java.util.HashMap<>(kafkaConfig);
        long sendTimeout = config.outbox().sendTimeout().toMillis();
        long linger = 5;
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "streamt-outbox-" + config.service().name());
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producerConfig.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        producerConfig.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, config.outbox().maxRequestBytes());
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, linger);
        producerConfig.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(30_000, sendTimeout - linger));
        producerConfig.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout);
        // send() blocks this long for the metadata of a topic: bounded, so an unreachable broker is a retry, not a hang.
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeout);
        return producerConfig;
    }

    private void drainAndPurge() {
        if (failing && System.currentTimeMillis() < nextAttemptAtMs) {
            return;
        }
        try {
            drain();
            purgeOccasionally();
            if (failing) {
                LOG.info("outbox relay reaches Kafka again");
                failing = false;
            }
            consecutiveFailures = 0;
        } catch (RuntimeException e) {
            Duration pause = backoff(++consecutiveFailures);
            nextAttemptAtMs = System.currentTimeMillis() + pause.toMillis();
            // Said once per outage, not on every attempt; the rows stay and are sent when the broker is back.
            if (!failing) {
                LOG.warnf("outbox relay cannot publish yet, will retry with backoff (up to %s): %s",
                        config.outbox().maxBackoff(), e);
                failing = true;
            }
        }
    }

    /** The pause after {@code failures} failed attempts in a row: the poll interval, doubled each time, capped. */
    Duration backoff(int failures) {
        long base = config.outbox().pollInterval().toMillis();
        long cap = config.outbox().maxBackoff().toMillis();
        long pause = base << Math.min(failures - 1, 20);
        return Duration.ofMillis(Math.max(base, Math.min(pause, cap)));
    }

    private void drain() {
        int batchSize = config.outbox().batchSize();
        Drained drained;
        do {
            drained = QuarkusTransaction.requiringNew()
                    .timeout((int) config.outbox().sendTimeout().toSeconds() + 30)
                    .call(() -> sendBatch(batchSize));
            if (drained.retryFailure() != null) {
                // What was published or parked has committed; the rest is tried again after the backoff.
                throw new RetryLater(drained.retryFailure());
            }
        } while (drained.events() == batchSize);
    }

    /** One batch: how many events it held, and the failure that leaves some of them for later, if any. */
    private record Drained(int events, Throwable retryFailure) {
    }

    private Drained sendBatch(int batchSize) throws Exception {
        if (!repository.tryLockRelay()) {
            return new Drained(0, null);
        }
        List<PendingEvent> batch = repository.pending(batchSize);
        if (batch.isEmpty()) {
            pending.set(0);
            return new Drained(0, null);
        }
        // Sent with the transaction suspended: the producer's callback threads must not be associated with it.
        // The relay's lock stays held by the suspended transaction's connection.
        BatchResult result = QuarkusTransaction.suspendingExisting().call(() -> send(batch));
        repository.markPublished(result.published);
        published.increment(result.published.size());
        if (!result.parked.isEmpty()) {
            repository.markParked(result.parked);
            parked.increment(result.parked.size());
            parkedStored.set(repository.countParked());
            for (OutboxRepository.Parked p : result.parked) {
                PendingEvent e = p.event();
                lastParked = new ParkedEvent(e.eventId(), e.eventType(), e.topic(), p.reason(), Instant.now());
                LOG.errorf("outbox parked event %s (%s, key %s, topic %s) for good: %s; the events behind it go on",
                        e.eventId(), e.eventType(), e.key(), e.topic(), p.reason());
            }
        }
        // Counted only when more may wait: a short batch that all went out or was parked emptied the outbox.
        pending.set(batch.size() < batchSize && result.retryFailure == null ? 0 : repository.countPending());
        return new Drained(batch.size(), result.retryFailure);
    }

    private BatchResult send(List<PendingEvent> batch) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        BatchResult result = new BatchResult();
        for (PendingEvent e : batch) {
            try {
                acks.add(producer.send(toRecord(e)));
            } catch (KafkaException failure) {
                acks.add(java.util.concurrent.CompletableFuture.failedFuture(failure));
            }
        }
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        for (int i = 0; i < batch.size(); i++) {
            PendingEvent e = batch.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                result.published.add(e);
            } catch (ExecutionException failure) {
                Optional<String> reason = Undeliverable.reason(failure.getCause());
                if (reason.isPresent()) {
                    result.parked.add(new OutboxRepository.Parked(e, reason.get()));
                } else if (result.retryFailure == null) {
                    result.retryFailure = failure.getCause();
                }
            } catch (TimeoutException failure) {
                if (result.retryFailure == null) {
                    result.retryFailure = failure;
                }
            } catch (InterruptedException failure) {
                Thread.currentThread().interrupt();
                result.retryFailure = failure;
                break;
            }
        }
        return result;
    }

    /** What the broker said of one batch: each event published, parked, or left for a later attempt. */
    private static final class BatchResult {
        final List<PendingEvent> published = new ArrayList<>();
        final List<OutboxRepository.Parked> parked = new ArrayList<>();
        Throwable retryFailure;
    }

    /** Some events of a batch could not be sent for now; the others' outcome is kept. */
    private static final class RetryLater extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RetryLater(Throwable cause) {
            super(String.valueOf(cause), cause, false, false);
        }
    }

    private static ProducerRecord<String, byte[]> toRecord(PendingEvent e) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CONTENT_TYPE);
        return new ProducerRecord<>(e.topic(), null, e.key(), e.payload(), headers);
    }

    private void purgeOccasionally() {
        long now = System.currentTimeMillis();
        if (now - lastPurge < PURGE_EVERY_MS) {
            return;
        }
        lastPurge = now;
        Instant cutoff = Instant.now().minus(config.outbox().retention());
        int purged = QuarkusTransaction.requiringNew().call(() -> repository.purgePublishedBefore(cutoff));
        parkedStored.set(QuarkusTransaction.requiringNew().call(repository::countParked));
        if (purged > 0) {
            LOG.debugf("purged %d published outbox events older than %s", purged, cutoff);
        }
    }
}
