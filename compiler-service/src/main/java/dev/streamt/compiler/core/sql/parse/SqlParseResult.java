package dev.streamt.compiler.core.sql.parse;

import java.util.Objects;

/**
 * The outcome of a parse: either the parsed {@code value} or the {@code error}, never both. Immutable and
 * thread-safe (the value is a freshly parsed tree owned by the caller).
 *
 * @param value the parsed tree, or null when the text does not parse
 * @param error the syntax error, or null when the text parses
 * @param <T> the type of the parsed tree
 */
public record SqlParseResult<T>(T value, SqlSyntaxError error) {

    public SqlParseResult {
        if ((value == null) == (error == null)) {
            throw new IllegalArgumentException("a parse result has exactly one of value and error");
        }
    }

    static <T> SqlParseResult<T> success(T value) {
        return new SqlParseResult<>(Objects.requireNonNull(value, "value"), null);
    }

    static <T> SqlParseResult<T> failure(SqlSyntaxError error) {
        return new SqlParseResult<>(null, Objects.requireNonNull(error, "error"));
    }

    /** Whether the text parsed. */
    public boolean ok() {
        return error == null;
    }
}
