package dev.streamt.compiler.core.sql.parse;

/**
 * A SQL syntax error found by Flink's parser, as a value: where it is inside the SQL text (1-based {@code line} and
 * {@code column}) and a readable {@code message} (the unexpected token and the few tokens that would have fit, not
 * Calcite's full list of hundreds of alternatives). Immutable and thread-safe.
 *
 * @param line 1-based line of the offending token inside the SQL text
 * @param column 1-based column of the offending token inside its line
 * @param message a readable description, like {@code Unexpected "x" at line 1, column 23. Expected BY.}
 */
public record SqlSyntaxError(int line, int column, String message) {

    public SqlSyntaxError {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
        }
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
    }
}
