package dev.streamt.deployer.app;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as stored and published: milliseconds, so what is read back equals what was written. */
final class Clock {

    private Clock() {
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
