package dev.streamt.compiler.core.sql.analysis;

import java.util.Objects;

/**
 * A problem found in a model's SQL, positioned inside the SQL text. Immutable and thread-safe.
 *
 * @param code what kind of problem
 * @param message a readable message (includes "Did you mean 'x'?" when there is a close name)
 * @param line 1-based line inside the SQL text
 * @param column 1-based column inside the SQL text
 * @param hint a short hint (like {@code Did you mean 'amount'?}), or null
 */
public record SqlProblem(Code code, String message, int line, int column, String hint) {

    /** Problem kinds. The first three are DSL diagnostic codes; the others are for the compiler to map. */
    public enum Code {
        /** The SQL does not parse. */
        SQL_SYNTAX_ERROR,
        /** The query reads no table. */
        SQL_NO_FROM,
        /** A column that no input (with declared columns), subquery or CTE of the scope has. */
        UNKNOWN_COLUMN,
        /** A table name that is neither an input of the catalog nor a CTE. */
        UNKNOWN_TABLE,
        /** An unqualified column that several inputs of the FROM clause have (Flink rejects it). */
        AMBIGUOUS_COLUMN,
        /**
         * Not an error: a word Flink reserves beyond standard SQL (like ONE or RANK) was written as an identifier;
         * the analyzer quoted it, and {@link SqlAnalysis#sql()} is the SQL to run.
         */
        RESERVED_WORD_QUOTED
    }

    /** Whether the problem makes the model invalid (every code but RESERVED_WORD_QUOTED). */
    public boolean isError() {
        return code != Code.RESERVED_WORD_QUOTED;
    }

    public SqlProblem {
        Objects.requireNonNull(code, "code");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        line = Math.max(1, line);
        column = Math.max(1, column);
    }
}
