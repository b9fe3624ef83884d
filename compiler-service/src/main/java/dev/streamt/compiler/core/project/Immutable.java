package dev.streamt.compiler.core.project;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Defensive copies and checks for the compact constructors of the typed project model. */
public final class Immutable {

    private Immutable() {
    }

    /** An unmodifiable copy; null becomes empty; null elements are rejected. */
    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** An unmodifiable copy keeping the iteration order; null becomes empty; null keys and values are rejected. */
    public static <K, V> Map<K, V> map(Map<K, V> values) {
        if (values == null || values.isEmpty()) {
            return Map.of();
        }
        Map<K, V> copy = new LinkedHashMap<>();
        values.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "key"),
                Objects.requireNonNull(value, () -> "value of " + key)));
        return Collections.unmodifiableMap(copy);
    }

    /** {@code value}, or an exception when it is null or blank. */
    public static String name(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** {@code value} when null or not blank. */
    public static String optional(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank (use null)");
        }
        return value;
    }
}
