package dev.streamt.compiler.core.artifacts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How the records of a topic are encoded: JSON (what models write), Avro through a Confluent-compatible Schema
 * Registry ({@code avro-confluent}, for sources whose schema is Avro) or raw bytes (a byte-exact copy). Immutable.
 *
 * @param kind the encoding
 * @param registryUrl the registry URL (avro-confluent only)
 * @param registryUserInfo {@code user:password} for the registry's basic auth, or null
 */
record TableFormat(Kind kind, String registryUrl, String registryUserInfo) {

    /** The encodings. */
    enum Kind {
        JSON("json"),
        AVRO_CONFLUENT("avro-confluent"),
        RAW("raw");

        private final String flinkName;

        Kind(String flinkName) {
            this.flinkName = flinkName;
        }

        /** The Flink format identifier. */
        String flinkName() {
            return flinkName;
        }
    }

    static final TableFormat JSON = new TableFormat(Kind.JSON, null, null);
    static final TableFormat RAW = new TableFormat(Kind.RAW, null, null);

    TableFormat {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.AVRO_CONFLUENT && (registryUrl == null || registryUrl.isBlank())) {
            throw new IllegalArgumentException("avro-confluent needs a schema registry url");
        }
    }

    /** Avro through the registry at {@code url}. */
    static TableFormat avroConfluent(String url, String userInfo) {
        return new TableFormat(Kind.AVRO_CONFLUENT, url, userInfo);
    }

    /**
     * The format options with {@code prefix} ({@code ""} for {@code 'format'}, {@code "key."} / {@code "value."}):
     * {@code '<prefix>format'} and the format's own options under {@code '<prefix><format>.'}.
     */
    Map<String, String> options(String prefix) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put(prefix + "format", kind.flinkName());
        if (kind == Kind.AVRO_CONFLUENT) {
            options.put(prefix + "avro-confluent.url", registryUrl);
            if (registryUserInfo != null) {
                options.put(prefix + "avro-confluent.basic-auth.credentials-source", "USER_INFO");
                options.put(prefix + "avro-confluent.basic-auth.user-info", registryUserInfo);
            }
        }
        return options;
    }
}
