package dev.streamt.runtime.tx;

import dev.streamt.runtime.config.StreamtRuntimeConfig;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets an HTTP request wait a little for something another consumer of this service is about to store: a client may
 * ask for a plan or an apply the moment it sees the event naming it, and the service reads that event from a topic.
 * A lookup that misses is repeated for a short patience before the request is refused. The wait is bounded in time and
 * in number: at most {@code streamt.arrivals.max-waiting} requests wait at once, the others are answered at once, so a
 * flood of unknown ids cannot tie up the service's threads. Call it outside any transaction (each look is a fresh
 * query, read-committed, and no pooled connection is held between looks). Commands from Kafka never wait here: they
 * are deferred (see {@code inbox.DeferredCommands}). Thread-safe; blocks the caller.
 */
@ApplicationScoped
public class Arrivals {

    private static final long PAUSE_MS = 100;

    @Inject
    StreamtRuntimeConfig config;

    private Semaphore waiting;

    /** For CDI: the bound comes from the configuration. */
    public Arrivals() {
    }

    /** Outside CDI (tests): at most {@code maxWaiting} callers wait at once. */
    public Arrivals(int maxWaiting) {
        waiting = new Semaphore(maxWaiting);
    }

    @PostConstruct
    void init() {
        waiting = new Semaphore(config.arrivals().maxWaiting());
    }

    /** The first present result of {@code lookup} within {@code patience}, else empty. */
    public <T> Optional<T> await(Supplier<Optional<T>> lookup, Duration patience) {
        Optional<T> found = lookup.get();
        if (found.isPresent() || patience.isZero() || !waiting.tryAcquire()) {
            return found;
        }
        try {
            long deadline = System.nanoTime() + patience.toNanos();
            while (found.isEmpty() && System.nanoTime() < deadline) {
                try {
                    Thread.sleep(PAUSE_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
                found = lookup.get();
            }
            return found;
        } finally {
            waiting.release();
        }
    }
}
