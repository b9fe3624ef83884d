package dev.streamt.contracts;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The validation and defensive-copy helpers used by the compact constructors of every contract record: required fields
 * are non-null, names non-blank, lists and maps are copied to unmodifiable collections ({@code null} becomes empty),
 * maps are sorted by key so that every serialization is deterministic, and free-form JSON values are deep-copied to
 * plain maps, lists, strings, numbers and booleans.
 */
public final class Require {

    private Require() {
    }

    /** {@code value}, or a {@link NullPointerException} naming the field. */
    public static <T> T nonNull(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " must not be null");
        }
        return value;
    }

    /** {@code value}, or an exception naming the field when it is null or blank. */
    public static String nonBlank(String value, String field) {
        nonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** {@code value} when null or non-blank; a blank string is rejected. */
    public static String nullOrNonBlank(String value, String field) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank (use null when unknown)");
        }
        return value;
    }

    /** {@code value} when it is at least 1. */
    public static int positive(int value, String field) {
        if (value < 1) {
            throw new IllegalArgumentException(field + " must be at least 1, got " + value);
        }
        return value;
    }

    /** {@code value} when null or at least 1. */
    public static Integer nullOrPositive(Integer value, String field) {
        if (value != null) {
            positive(value, field);
        }
        return value;
    }

    /** {@code value} when it is not negative. */
    public static int nonNegative(int value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value);
        }
        return value;
    }

    /** {@code value} when null or not negative. */
    public static Long nullOrNonNegative(Long value, String field) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value);
        }
        return value;
    }

    /** An unmodifiable copy of {@code values}; {@code null} becomes empty; null elements are rejected. */
    public static <T> List<T> list(List<? extends T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    /** Like {@link #list}, and every element must be a non-blank string. */
    public static List<String> names(List<String> values, String field) {
        List<String> copy = list(values, field);
        for (int i = 0; i < copy.size(); i++) {
            nonBlank(copy.get(i), field + "[" + i + "]");
        }
        return copy;
    }

    /**
     * An unmodifiable copy of {@code values}, sorted by key; {@code null} becomes empty; null or blank keys and null
     * values are rejected.
     */
    public static <V> Map<String, V> map(Map<String, ? extends V> values, String field) {
        if (values == null) {
            return Map.of();
        }
        TreeMap<String, V> copy = new TreeMap<>();
        for (Map.Entry<String, ? extends V> entry : values.entrySet()) {
            String key = nonBlank(entry.getKey(), field + " key");
            copy.put(key, nonNull(entry.getValue(), field + "." + key));
        }
        return Collections.unmodifiableMap(copy);
    }

    /**
     * A deep, unmodifiable, key-sorted copy of a free-form JSON object; {@code null} becomes empty. Values must be JSON
     * values: null, strings, booleans, numbers, lists and maps of those (see {@link #jsonValue}).
     */
    public static Map<String, Object> jsonObject(Map<String, ?> values, String field) {
        if (values == null) {
            return Map.of();
        }
        return copyObject(values, field);
    }

    /** Like {@link #jsonObject} but {@code null} stays {@code null} (for "no such state"). */
    public static Map<String, Object> nullOrJsonObject(Map<String, ?> values, String field) {
        return values == null ? null : copyObject(values, field);
    }

    /** A list of free-form JSON values, deep-copied; {@code null} becomes empty. */
    public static List<Object> jsonList(List<?> values, String field) {
        if (values == null) {
            return List.of();
        }
        return copyList(values, field);
    }

    /**
     * A deep, unmodifiable copy of a free-form JSON value. Integral numbers become {@link Integer} when they fit, else
     * {@link Long}, and {@link Float} becomes {@link Double}: the same types the codec reads back, so a value equals
     * itself after a JSON round trip.
     *
     * @throws IllegalArgumentException when the value is not a JSON value
     */
    public static Object jsonValue(Object value, String field) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Long longValue) {
            boolean fitsInt = longValue >= Integer.MIN_VALUE && longValue <= Integer.MAX_VALUE;
            return fitsInt ? (Object) longValue.intValue() : longValue;
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? jsonValue(big.longValue(), field) : big;
        }
        if (value instanceof Float floatValue) {
            return floatValue.doubleValue();
        }
        if (value instanceof Double || value instanceof BigDecimal) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return copyObject(map, field);
        }
        if (value instanceof List<?> list) {
            return copyList(list, field);
        }
        throw new IllegalArgumentException(field
                + " must be a JSON value (string, number, boolean, list, map or null), got " + value.getClass().getName());
    }

    private static Map<String, Object> copyObject(Map<?, ?> values, String field) {
        TreeMap<String, Object> copy = new TreeMap<>();
        for (Map.Entry<?, ?> entry : values.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException(field + " keys must be strings, got " + entry.getKey());
            }
            copy.put(key, jsonValue(entry.getValue(), field + "." + key));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static List<Object> copyList(List<?> values, String field) {
        List<Object> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            copy.add(jsonValue(values.get(i), field + "[" + i + "]"));
        }
        return Collections.unmodifiableList(copy);
    }
}
