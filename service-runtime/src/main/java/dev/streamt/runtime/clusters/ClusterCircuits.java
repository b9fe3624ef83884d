package dev.streamt.runtime.clusters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One circuit per cluster (keyed by its resolved connection): open for {@code openFor} after the cluster did not
 * answer, so that the plans and steps behind the first failure fail at once with its reason. After the open period the
 * next caller goes through (half open); if the cluster still does not answer, that caller reopens it. Thread-safe.
 */
final class ClusterCircuits {

    private record Opened(String reason, Instant at, Instant until) {
    }

    private final Duration openFor;
    private final Clock clock;
    private final Map<Map<String, Object>, Opened> open = new ConcurrentHashMap<>();

    ClusterCircuits(Duration openFor, Clock clock) {
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Fails when the circuit of {@code cluster} is open; {@code declared} names it in the message (no secrets). */
    void check(Map<String, Object> cluster, String declared) {
        Opened opened = open.get(cluster);
        if (opened == null) {
            return;
        }
        Instant now = clock.instant();
        if (!now.isBefore(opened.until())) {
            // Half open: this caller tries; the circuit stays open for everyone else until it reports.
            if (open.replace(cluster, opened, new Opened(opened.reason(), opened.at(), now.plus(openFor)))) {
                return;
            }
            opened = open.getOrDefault(cluster, opened);
        }
        throw new ClusterUnavailableException(declared, opened.reason(), opened.at(), opened.until());
    }

    void open(Map<String, Object> cluster, String reason) {
        if (openFor.isZero()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        open.put(cluster, new Opened(reason, now, now.plus(openFor)));
    }

    void close(Map<String, Object> cluster) {
        open.remove(cluster);
    }
}
