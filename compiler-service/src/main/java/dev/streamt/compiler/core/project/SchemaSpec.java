package dev.streamt.compiler.core.project;

import dev.streamt.contracts.manifest.SchemaType;

/**
 * A source's {@code schema}: {@code format} (null when not written; {@link #effectiveFormat()} is Avro then),
 * {@code subject} (default {@code <topic>-value}, already applied when the topic is known), {@code registry},
 * {@code version} and an inline {@code definition}.
 */
public record SchemaSpec(SchemaType format, String subject, String registry, Integer version, String definition) {

    /** The format, Avro when not written. */
    public SchemaType effectiveFormat() {
        return format == null ? SchemaType.AVRO : format;
    }
}
