package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/** How Flink derives the watermark of an event-time column: a strategy and the tolerated out-of-orderness. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Watermark(WatermarkStrategy strategy, @Nullable Long maxOutOfOrdernessMs) {

    public Watermark {
        Require.nonNull(strategy, "watermark.strategy");
        Require.nullOrNonNegative(maxOutOfOrdernessMs, "watermark.max_out_of_orderness_ms");
    }
}
