package dev.streamt.planner.app;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.DriftDetected;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.planner.core.Owner;
import dev.streamt.planner.store.DriftReports;
import dev.streamt.planner.store.OwnershipStore;
import dev.streamt.runtime.outbox.EventOutbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The drift schedule ({@code streamt.planner.drift.interval}, {@code off} disables it): every interval, for each
 * project/env that owns resources, publishes {@code DriftDetected} when drift exists and differs from the last drift
 * published for it, so a lasting drift is announced once, not on every tick; once it is gone, a new drift is announced
 * again. A plain scheduled executor (one daemon thread) rather than quarkus-scheduler, which the Maven mirror here
 * does not carry for this Quarkus version; the services' other background loops work the same way.
 *
 * <p>Threading: checks run one at a time on the schedule's thread; {@link #checkAll()} may also be called directly.
 */
@ApplicationScoped
public class DriftWatch {

    private static final Logger LOG = Logger.getLogger(DriftWatch.class);

    @Inject
    PlannerConfig config;

    @Inject
    OwnershipStore ownership;

    @Inject
    DriftService drift;

    @Inject
    DriftReports reports;

    @Inject
    EventOutbox outbox;

    private volatile ScheduledExecutorService executor;

    void start(@Observes StartupEvent event) {
        Optional<Duration> interval = Intervals.parse(config.drift().interval());
        if (interval.isEmpty()) {
            LOG.info("drift schedule off (streamt.planner.drift.interval)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "planner-drift-watch");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.get().toMillis();
        executor.scheduleWithFixedDelay(this::checkQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        ScheduledExecutorService current = executor;
        if (current != null) {
            current.shutdownNow();
        }
    }

    /** Checks every project/env once; returns how many drifts were published. */
    public synchronized int checkAll() {
        int published = 0;
        for (Owner owner : QuarkusTransaction.requiringNew().call(ownership::owners)) {
            try {
                published += check(owner) ? 1 : 0;
            } catch (PlanFailure e) {
                // One unreachable cluster must not stop the others; the next tick tries again.
                LOG.warnf("drift of %s/%s not checked: %s", owner.project(), owner.environment(), e.getMessage());
            }
        }
        return published;
    }

    private boolean check(Owner owner) {
        String env = Subject.DEFAULT_ENVIRONMENT.equals(owner.environment()) ? null : owner.environment();
        DriftDetected detected = drift.drift(owner, env);
        return QuarkusTransaction.requiringNew().call(() -> {
            if (detected.differences().isEmpty()) {
                reports.cleared(owner);
                return false;
            }
            if (!reports.changed(owner, fingerprint(detected), Instant.now())) {
                return false;
            }
            outbox.publish(CloudEvent.initial(EventType.DRIFT_DETECTED, PlanningService.SOURCE,
                    Subject.of(owner.project(), env), detected));
            return true;
        });
    }

    private void checkQuietly() {
        try {
            checkAll();
        } catch (RuntimeException e) {
            LOG.warnf(e, "drift check failed; the next tick tries again");
        }
    }

    static String fingerprint(DriftDetected detected) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(StreamtJson.toJson(detected.differences()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
