package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/** The event-time attribute of a source: the timestamp {@code column}, its watermark and the allowed lateness. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventTime(String column, @Nullable Watermark watermark, @Nullable Long allowedLatenessMs) {

    public EventTime {
        Require.nonBlank(column, "event_time.column");
        Require.nullOrNonNegative(allowedLatenessMs, "event_time.allowed_lateness_ms");
    }
}
