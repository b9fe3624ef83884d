package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/**
 * A schema to register in the Schema Registry: the {@code subject}, its {@code schema_type}, the {@code schema} text
 * and the subject's {@code compatibility} level (like {@code BACKWARD}; {@code null} for the registry default).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SchemaArtifact(
        String subject,
        SchemaType schemaType,
        String schema,
        @Nullable String compatibility,
        @Nullable NodeId ownerNode) {

    public SchemaArtifact {
        Require.nonBlank(subject, "subject");
        Require.nonNull(schemaType, "schema_type");
        Require.nonBlank(schema, "schema");
        Require.nullOrNonBlank(compatibility, "compatibility");
    }
}
