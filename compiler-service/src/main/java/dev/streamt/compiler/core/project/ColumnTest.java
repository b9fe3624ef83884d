package dev.streamt.compiler.core.project;

import java.util.Map;
import java.util.Objects;

/**
 * A test declared on a column ({@code columns[].tests[]}): its {@code kind} (an assertion name like {@code not_null},
 * {@code unique}, {@code accepted_values}, {@code range}) and its {@code config} as plain values (empty for the
 * short form {@code - not_null}).
 */
public record ColumnTest(String kind, Map<String, Object> config, Span span) {

    public ColumnTest {
        Immutable.name(kind, "column test kind");
        config = config == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
        Objects.requireNonNull(span, "span");
    }
}
