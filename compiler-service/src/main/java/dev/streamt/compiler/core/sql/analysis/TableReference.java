package dev.streamt.compiler.core.sql.analysis;

/**
 * A table named in the query's FROM clauses, at its first occurrence. Immutable and thread-safe.
 *
 * @param table the table name as written
 * @param nodeId the input's node id, or null when the catalog does not know the table
 * @param line 1-based line of the first reference inside the SQL
 * @param column 1-based column of the first reference inside the SQL
 */
public record TableReference(String table, String nodeId, int line, int column) {

    public TableReference {
        if (table == null || table.isEmpty()) {
            throw new IllegalArgumentException("table name must not be empty");
        }
        line = Math.max(1, line);
        column = Math.max(1, column);
    }
}
