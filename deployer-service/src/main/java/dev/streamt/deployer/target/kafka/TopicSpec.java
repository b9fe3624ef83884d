package dev.streamt.deployer.target.kafka;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A topic as a change's state map describes it (the shared plan/apply format):
 * {@code {"name", "partitions", "replication_factor", "config": {key: value}}}. Config values are kept as written, so
 * they may hold {@code ${VAR}} placeholders, resolved only just before the admin call. Immutable.
 */
public record TopicSpec(String name, int partitions, short replicationFactor, Map<String, String> config) {

    public TopicSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a topic needs a name");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("topic '" + name + "' needs at least 1 partition, got " + partitions);
        }
        if (replicationFactor < 1) {
            throw new IllegalArgumentException("topic '" + name + "' needs a replication factor of at least 1, got "
                    + replicationFactor);
        }
        config = Map.copyOf(Objects.requireNonNull(config, "config"));
    }

    /**
     * Reads {@code state} (the {@code before} or {@code after} map of a change, named {@code which} in errors).
     *
     * @throws IllegalArgumentException naming the field when the map is missing or malformed
     */
    public static TopicSpec fromState(Map<String, Object> state, String which) {
        if (state == null) {
            throw new IllegalArgumentException(which + " is missing");
        }
        Object name = state.get("name");
        if (!(name instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException(which + ".name must be a non-blank string, got " + describe(name));
        }
        int partitions = positiveInt(state.get("partitions"), which + ".partitions", Integer.MAX_VALUE);
        int replication = positiveInt(state.get("replication_factor"), which + ".replication_factor", Short.MAX_VALUE);
        return new TopicSpec(text, partitions, (short) replication, config(state.get("config"), which + ".config"));
    }

    /**
     * A config value of the state or a diff as the string Kafka takes: strings as they are, numbers and booleans as
     * written in JSON (a planner may keep {@code 3600000} as a number).
     *
     * @throws IllegalArgumentException for null, objects and arrays
     */
    static String configValue(Object value, String field) {
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return integral(number) ? Long.toString(number.longValue()) : number.toString();
        }
        throw new IllegalArgumentException(field + " must be a string, number or boolean, got " + describe(value));
    }

    /** The whole number {@code value} in 1..{@code max}; JSON numbers may arrive as Integer, Long or Double. */
    static int positiveInt(Object value, String field, int max) {
        if (!(value instanceof Number number) || !integral(number)) {
            throw new IllegalArgumentException(field + " must be a whole number, got " + describe(value));
        }
        long whole = number.longValue();
        if (whole < 1 || whole > max) {
            throw new IllegalArgumentException(field + " must be between 1 and " + max + ", got " + whole);
        }
        return (int) whole;
    }

    private static Map<String, String> config(Object value, String field) {
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> entries)) {
            throw new IllegalArgumentException(field + " must be an object, got " + describe(value));
        }
        Map<String, String> config = new TreeMap<>();
        entries.forEach((key, entry) -> {
            if (!(key instanceof String text) || text.isBlank()) {
                throw new IllegalArgumentException(field + " has a key that is not a non-blank string: " + key);
            }
            config.put(text, configValue(entry, field + "." + text));
        });
        return config;
    }

    private static boolean integral(Number number) {
        double asDouble = number.doubleValue();
        return asDouble == Math.rint(asDouble) && !Double.isInfinite(asDouble);
    }

    // Only the JSON type in errors, never the value: a malformed value could be anything, a secret included.
    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return value instanceof Map ? "an object" : value instanceof java.util.Collection ? "an array" : "a "
                + value.getClass().getSimpleName();
    }
}
