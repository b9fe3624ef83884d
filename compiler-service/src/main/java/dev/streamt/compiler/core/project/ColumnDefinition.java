package dev.streamt.compiler.core.project;

import dev.streamt.contracts.manifest.Classification;
import java.util.List;
import java.util.Objects;

/**
 * A declared column of a source or model: {@code name}, Flink SQL {@code type} (null when not written; projects often
 * omit types), {@code description}, {@code classification}, {@code proctime} (a processing-time attribute) and
 * column-level {@code tests}, with where the column was declared.
 */
public record ColumnDefinition(String name, String type, String description, Classification classification,
        boolean proctime, List<ColumnTest> tests, Span span) {

    public ColumnDefinition {
        Immutable.name(name, "column name");
        Immutable.optional(type, "column type");
        tests = Immutable.list(tests);
        Objects.requireNonNull(span, "span");
    }
}
