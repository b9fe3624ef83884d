package dev.streamt.contracts.changeset;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/**
 * One field that differs between the running resource and the desired one: the {@code field} path (like
 * {@code partitions} or {@code config.retention.ms}) and its value {@code from} (running) and {@code to} (desired), as
 * plain JSON values ({@code null} when absent).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FieldDiff(String field, @Nullable Object from, @Nullable Object to) {

    public FieldDiff {
        Require.nonBlank(field, "diff field");
        from = Require.jsonValue(from, "diff from");
        to = Require.jsonValue(to, "diff to");
    }
}
