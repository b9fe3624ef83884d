package dev.streamt.runtime.outbox;

import dev.streamt.runtime.config.StreamtRuntimeConfig;
import dev.streamt.runtime.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka. Runs on one thread of its own: woken after every commit that recorded events,
 * and on a fixed interval to pick up what a crash or an unreachable broker left behind. A row is marked published only
 * after the broker acknowledged it, so delivery is at least once; consumers deduplicate by event id.
 *
 * <p>Lifecycle: started on application start, stopped on shutdown. {@link #wakeUp()} is thread-safe and never blocks.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The outgoing channel every service sends its events through; each record names its own topic. */
    public static final String CHANNEL = "streamt-events-out";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long PURGE_EVERY_MS = TimeUnit.HOURS.toMillis(1);

    @Inject
    @Channel(CHANNEL)
    MutinyEmitter<byte[]> emitter;

    @Inject
    OutboxRepository repository;

    @Inject
    StreamtRuntimeConfig config;

    @Inject
    MeterRegistry meters;

    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean failing;
    private volatile long lastPurge;
    private ScheduledExecutorService executor;
    private Counter published;

    void start(@Observes StartupEvent event) {
        published = meters.counter("streamt.outbox.published");
        meters.gauge("streamt.outbox.pending", pending);
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "streamt-outbox-relay");
            t.setDaemon(true);
            return t;
        });
        long interval = config.outbox().pollInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drainAndPurge, interval, interval, TimeUnit.MILLISECONDS);
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

    private void drainAndPurge() {
        try {
            drain();
            purgeOccasionally();
            if (failing) {
                LOG.info("outbox relay reaches Kafka again");
                failing = false;
            }
        } catch (RuntimeException e) {
            // Said once per outage, not on every poll; the rows stay and are sent when the broker is back.
            if (!failing) {
                LOG.warnf("outbox relay cannot publish yet, will retry every %s: %s", config.outbox().pollInterval(), e);
                failing = true;
            }
        }
    }

    private void drain() {
        int batchSize = config.outbox().batchSize();
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew()
                    .timeout((int) config.outbox().sendTimeout().toSeconds() + 30)
                    .call(() -> sendBatch(batchSize));
        } while (sent == batchSize);
    }

    private int sendBatch(int batchSize) throws Exception {
        if (!repository.tryLockRelay()) {
            return 0;
        }
        List<PendingEvent> batch = repository.pending(batchSize);
        if (!batch.isEmpty()) {
            // Sent with the transaction suspended: context propagation would otherwise associate the producer's
            // callback threads with it, and Narayana then commits "with threads active" (warns, may roll back).
            // The relay's lock stays held by the suspended transaction's connection.
            QuarkusTransaction.suspendingExisting().run(() -> send(batch));
            repository.markPublished(batch);
            published.increment(batch.size());
        }
        pending.set(batch.size() < batchSize ? 0 : repository.countPending() - batch.size());
        return batch.size();
    }

    private void send(List<PendingEvent> batch) {
        List<Uni<Void>> acks = new ArrayList<>(batch.size());
        for (PendingEvent e : batch) {
            acks.add(emitter.sendMessage(toMessage(e)));
        }
        Uni.join().all(acks).andFailFast().await().atMost(config.outbox().sendTimeout());
    }

    private static Message<byte[]> toMessage(PendingEvent e) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", CloudEventSerializer.CONTENT_TYPE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Message.of(e.payload()).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(e.topic())
                .withKey(e.key())
                .withHeaders(headers)
                .build());
    }

    private void purgeOccasionally() {
        long now = System.currentTimeMillis();
        if (now - lastPurge < PURGE_EVERY_MS) {
            return;
        }
        lastPurge = now;
        Instant cutoff = Instant.now().minus(config.outbox().retention());
        int purged = QuarkusTransaction.requiringNew().call(() -> repository.purgePublishedBefore(cutoff));
        if (purged > 0) {
            LOG.debugf("purged %d published outbox events older than %s", purged, cutoff);
        }
    }
}
