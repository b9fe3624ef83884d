package dev.streamt.runtime.tx;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Waits a little for something another consumer of this service is about to store. Commands can overtake the events
 * they refer to — automation sends an apply as soon as it sees the plan, and the service reads the two from different
 * topics — so a lookup that misses is repeated for a short patience before the command is refused. Each look must be
 * a fresh query; with read-committed isolation it sees what the other consumer committed meanwhile. Blocks the caller.
 */
public final class Arrivals {

    private static final long PAUSE_MS = 100;

    private Arrivals() {
    }

    /** The first present result of {@code lookup} within {@code patience}, else empty. */
    public static <T> Optional<T> await(Supplier<Optional<T>> lookup, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Optional<T> found = lookup.get();
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
    }
}
