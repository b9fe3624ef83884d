package dev.streamt.runtime.inbox;

import java.time.Duration;

/**
 * Exponential backoff between a bounded number of attempts. Plain value, thread-safe.
 *
 * @param maxAttempts attempts in all, at least 1
 * @param firstBackoff the pause before the second attempt; doubled on each further one, capped at {@link #MAX_BACKOFF}
 */
public record RetrySchedule(int maxAttempts, Duration firstBackoff) {

    static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        if (firstBackoff == null || firstBackoff.isNegative()) {
            throw new IllegalArgumentException("firstBackoff must be zero or positive, was " + firstBackoff);
        }
    }

    /** Whether another attempt follows the given (1-based) failed attempt. */
    public boolean retriesAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /** The pause after the given (1-based) failed attempt. */
    public Duration backoffAfter(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt is 1-based, was " + attempt);
        }
        Duration pause = firstBackoff;
        for (int i = 1; i < attempt && pause.compareTo(MAX_BACKOFF) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : pause;
    }
}
