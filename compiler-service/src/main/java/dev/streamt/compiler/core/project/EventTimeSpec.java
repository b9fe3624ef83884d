package dev.streamt.compiler.core.project;

import dev.streamt.contracts.manifest.WatermarkStrategy;
import java.util.Objects;

/**
 * A source's {@code event_time}: the timestamp {@code column}, the watermark {@code strategy} (default
 * bounded_out_of_orderness), {@code maxOutOfOrdernessMs} (default 5000) and {@code allowedLatenessMs} (null when not
 * written).
 */
public record EventTimeSpec(String column, WatermarkStrategy strategy, long maxOutOfOrdernessMs,
        Long allowedLatenessMs) {

    /** The out-of-orderness when none is written. */
    public static final long DEFAULT_MAX_OUT_OF_ORDERNESS_MS = 5000L;

    public EventTimeSpec {
        Immutable.name(column, "event_time.column");
        Objects.requireNonNull(strategy, "strategy");
    }
}
