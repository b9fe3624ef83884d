package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/**
 * The schema of a source's records in the Schema Registry: {@code format}, {@code subject} (default
 * {@code <topic>-value}), optional {@code registry} URL, pinned {@code version} and inline {@code definition}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SourceSchema(
        SchemaType format,
        String subject,
        @Nullable String registry,
        @Nullable Integer version,
        @Nullable String definition) {

    public SourceSchema {
        Require.nonNull(format, "schema.format");
        Require.nonBlank(subject, "schema.subject");
        Require.nullOrPositive(version, "schema.version");
    }
}
