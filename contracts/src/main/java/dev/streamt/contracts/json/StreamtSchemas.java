package dev.streamt.contracts.json;

import dev.streamt.contracts.events.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schemas (draft 2020-12) of the contracts, shipped as resources of this jar: one for the manifest and one
 * per event type (the CloudEvent envelope with its typed data). They describe what the platform writes; readers stay
 * tolerant of extra fields. Generated from the records by {@code JsonSchemasTest}.
 */
public final class StreamtSchemas {

    /** The base of the schemas' {@code $id}s. */
    public static final String ID_BASE = "https://streamt.dev/";

    /** The classpath resource of the manifest schema. */
    public static final String MANIFEST = "schemas/manifest.schema.json";

    private StreamtSchemas() {
    }

    /** The classpath resource of the schema of an event type, like {@code schemas/events/<type>.schema.json}. */
    public static String eventResource(EventType type) {
        return "schemas/events/" + type.type() + ".schema.json";
    }

    /** The {@code $id} of the schema stored at a resource path. */
    public static String id(String resource) {
        return ID_BASE + resource;
    }

    /** The manifest schema text. */
    public static String manifestSchema() {
        return read(MANIFEST);
    }

    /** The schema text of an event type. */
    public static String eventSchema(EventType type) {
        return read(eventResource(type));
    }

    /** A schema text by resource path. */
    public static String read(String resource) {
        try (InputStream in = StreamtSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no schema resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
