package dev.streamt.compiler.core.artifacts;

import java.util.Objects;

/**
 * One query of a continuous test job that yields a row per violation of one assertion: the SQL expressions of the
 * {@code message} and {@code row_json} columns (both STRING) over {@code from}, filtered by {@code where}, optionally
 * grouped ({@code groupBy} / {@code having}). {@link #select} renders it with the columns of {@link FailureTable}.
 * Immutable.
 *
 * @param assertion the assertion's kind, like {@code not_null}
 * @param message a STRING expression describing the violation
 * @param rowJson a STRING expression: the offending row (or key, counts, window) as a JSON object
 * @param from the FROM clause body
 * @param where the condition, or null
 * @param groupBy the GROUP BY list, or null
 * @param having the HAVING condition, or null
 */
record Violation(String assertion, String message, String rowJson, String from, String where, String groupBy,
        String having) {

    Violation {
        Objects.requireNonNull(assertion, "assertion");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rowJson, "rowJson");
        Objects.requireNonNull(from, "from");
    }

    /** A row-level violation: every row of {@code from} matching {@code where}. */
    static Violation rows(String assertion, String message, String rowJson, String from, String where) {
        return new Violation(assertion, message, rowJson, from, where, null, null);
    }

    /** The SELECT writing this violation's rows in the columns of {@link FailureTable}. */
    String select(TestContext test) {
        StringBuilder out = new StringBuilder(256);
        out.append("SELECT ").append(Sql.string(test.project())).append(" AS `project`, ")
                .append(test.environment() == null ? "CAST(NULL AS STRING)" : Sql.string(test.environment()))
                .append(" AS `environment`, ").append(Sql.string(test.name())).append(" AS `test_name`, ")
                .append(Sql.string(test.node())).append(" AS `node`, ").append(Sql.string(assertion))
                .append(" AS `assertion`,\n  ").append(message).append(" AS `message`,\n  ").append(rowJson)
                .append(" AS `row_json`,\n  CURRENT_TIMESTAMP AS `detected_at`\nFROM ").append(from);
        if (where != null) {
            out.append("\nWHERE ").append(where);
        }
        if (groupBy != null) {
            out.append("\nGROUP BY ").append(groupBy);
        }
        if (having != null) {
            out.append("\nHAVING ").append(having);
        }
        return out.toString();
    }

    /**
     * What a violation query knows of its test.
     *
     * @param project the project's name
     * @param environment the environment, or null
     * @param name the test's name
     * @param node the tested node id
     */
    record TestContext(String project, String environment, String name, String node) {
        TestContext {
            Objects.requireNonNull(project, "project");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(node, "node");
        }
    }
}
