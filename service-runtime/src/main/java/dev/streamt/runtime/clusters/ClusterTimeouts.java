package dev.streamt.runtime.clusters;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a project's cluster is given: per request, per whole call (retries included), and how long it is not asked
 * again after it did not answer. Built from {@code streamt.project-clusters.*} (StreamtRuntimeConfig).
 */
public record ClusterTimeouts(Duration requestTimeout, Duration apiTimeout, Duration circuitOpenFor) {

    public ClusterTimeouts {
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(apiTimeout, "apiTimeout");
        Objects.requireNonNull(circuitOpenFor, "circuitOpenFor");
        if (requestTimeout.isNegative() || requestTimeout.isZero() || apiTimeout.compareTo(requestTimeout) < 0) {
            throw new IllegalArgumentException("the request timeout must be positive and at most the API timeout, got "
                    + requestTimeout + " and " + apiTimeout);
        }
        if (circuitOpenFor.isNegative()) {
            throw new IllegalArgumentException("circuitOpenFor must not be negative, got " + circuitOpenFor);
        }
    }
}
