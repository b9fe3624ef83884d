package dev.streamt.runtime.work;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Runs the work queued for each key (a project and environment) off the thread that queued it: one drain at a time per
 * key, so a key's work keeps its order, and drains of different keys concurrently, at most {@code concurrency} at
 * once, so one key whose target does not answer never holds up the others. The work itself lives elsewhere (a table);
 * {@link #signal} only says "key K has work": signals while K's drain runs make it drain again once it ends, so nothing
 * queued is missed and signals coalesce.
 *
 * <p>Lifecycle: {@link #close()} stops taking signals and interrupts running drains. Threading: thread-safe; the drain
 * function runs on the pool's threads and must catch what it can handle (an escaping exception is logged, and the key
 * drains again on its next signal).
 */
public final class KeyedDrains<K> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KeyedDrains.class);

    private enum State { RUNNING, RUNNING_AND_SIGNALLED }

    private final Consumer<K> drain;
    private final ExecutorService pool;
    private final ScheduledExecutorService timer;
    private final Map<K, State> states = new HashMap<>();
    private volatile boolean closed;

    /**
     * @param name        names the pool's threads
     * @param concurrency how many keys drain at once
     * @param drain       handles everything queued for a key, oldest first
     */
    public KeyedDrains(String name, int concurrency, Consumer<K> drain) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + concurrency);
        }
        this.drain = drain;
        AtomicInteger threads = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, name + "-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name + "-retry");
            t.setDaemon(true);
            return t;
        });
    }

    /** Signals {@code key} after {@code delay}: work that failed for a reason that may pass (a database restart). */
    public void signalAfter(K key, Duration delay) {
        if (!closed) {
            timer.schedule(() -> signal(key), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Says that {@code key} has work: its drain starts soon, or runs again after the one running now. */
    public void signal(K key) {
        synchronized (states) {
            if (closed) {
                return;
            }
            State state = states.get(key);
            if (state != null) {
                states.put(key, State.RUNNING_AND_SIGNALLED);
                return;
            }
            states.put(key, State.RUNNING);
        }
        pool.execute(() -> run(key));
    }

    /** How many keys are draining or waiting for a thread. */
    public int active() {
        synchronized (states) {
            return states.size();
        }
    }

    private void run(K key) {
        while (true) {
            try {
                drain.accept(key);
            } catch (RuntimeException e) {
                LOG.errorf(e, "the work of %s failed; it is drained again on its next signal", key);
            }
            synchronized (states) {
                if (closed || states.get(key) != State.RUNNING_AND_SIGNALLED) {
                    states.remove(key);
                    return;
                }
                states.put(key, State.RUNNING);
            }
        }
    }

    @Override
    public void close() {
        synchronized (states) {
            closed = true;
        }
        timer.shutdownNow();
        pool.shutdownNow();
        try {
            pool.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
