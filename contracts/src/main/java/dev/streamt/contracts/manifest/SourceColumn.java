package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/**
 * A declared column of a source: {@code name}, Flink SQL {@code type} (like {@code BIGINT}, {@code TIMESTAMP(3)}),
 * optional {@code description} and {@code classification}, and {@code proctime} when the column is a processing-time
 * attribute that Flink computes rather than reads.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SourceColumn(
        String name,
        @Nullable String type,
        @Nullable String description,
        @Nullable Classification classification,
        boolean proctime) {

    public SourceColumn {
        Require.nonBlank(name, "column name");
        Require.nullOrNonBlank(type, "column type");
    }

    /** A typed column without description or classification. */
    public static SourceColumn of(String name, String type) {
        return new SourceColumn(name, type, null, null, false);
    }
}
