package dev.streamt.compiler.core.project;

import java.time.Duration;

/**
 * A source's {@code freshness}: warn after {@code warn_after}, error after {@code error_after} without new data. The
 * streamt CLI form {@code warn_after_seconds} / {@code max_lag_seconds} (the error bound) is normalised to the same.
 */
public record FreshnessSpec(Duration warnAfter, Duration errorAfter) {
}
