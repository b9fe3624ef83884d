package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/**
 * How fresh a source's data must be, normalized to seconds (the project may write {@code 5m} or {@code 1h}): a
 * warning after {@code warn_after_seconds} without new data, an error after {@code error_after_seconds}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Freshness(@Nullable Long warnAfterSeconds, @Nullable Long errorAfterSeconds) {

    public Freshness {
        Require.nullOrNonNegative(warnAfterSeconds, "freshness.warn_after_seconds");
        Require.nullOrNonNegative(errorAfterSeconds, "freshness.error_after_seconds");
    }
}
