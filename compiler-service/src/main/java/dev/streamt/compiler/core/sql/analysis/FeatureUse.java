package dev.streamt.compiler.core.sql.analysis;

import java.util.Objects;

/**
 * The first occurrence of a {@link SqlFeature} in the SQL. Immutable and thread-safe.
 *
 * @param feature the feature
 * @param line 1-based line inside the SQL text
 * @param column 1-based column inside the SQL text
 */
public record FeatureUse(SqlFeature feature, int line, int column) {

    public FeatureUse {
        Objects.requireNonNull(feature, "feature");
        line = Math.max(1, line);
        column = Math.max(1, column);
    }
}
