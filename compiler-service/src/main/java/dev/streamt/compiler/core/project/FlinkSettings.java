package dev.streamt.compiler.core.project;

/**
 * A model's Flink job settings ({@code advanced.flink} or the {@code flink} shorthand). Unset values are null.
 * {@code checkpoint_interval} / {@code checkpoint_timeout} (milliseconds, as in the seed documents) are accepted for
 * the {@code _ms} keys. {@code stateTtlMs} is kept as written, also when negative: a later rule reports
 * {@code INVALID_STATE_TTL} / {@code STATE_TTL_TOO_SHORT}. {@code restartStrategy} is one of fixed-delay,
 * failure-rate, exponential-delay, none.
 */
public record FlinkSettings(Integer parallelism, Long checkpointIntervalMs, Long checkpointTimeoutMs,
        StateBackend stateBackend, Long stateTtlMs, String restartStrategy, String cluster) {
}
