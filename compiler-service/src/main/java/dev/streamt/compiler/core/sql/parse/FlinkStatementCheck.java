package dev.streamt.compiler.core.sql.parse;

import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.SqlNode;

/**
 * Asserts that a generated statement ({@code SET}, {@code CREATE TABLE ... WITH (...)} with watermark, computed and
 * primary-key columns, {@code INSERT INTO ... SELECT}) is exactly one statement Flink's own parser accepts. Used by the
 * artifact generator on every statement it emits. Thread-safe and stateless.
 */
public final class FlinkStatementCheck {

    private FlinkStatementCheck() {
    }

    /** The syntax error of the statement, or empty when it is exactly one valid Flink SQL statement. */
    public static Optional<SqlSyntaxError> check(String statement) {
        SqlParseResult<List<SqlNode>> result = FlinkSql.parseStatements(statement);
        if (!result.ok()) {
            return Optional.of(result.error());
        }
        int count = result.value().size();
        if (count != 1) {
            return Optional.of(new SqlSyntaxError(1, 1,
                    "Expected exactly one statement, found " + count + "."));
        }
        return Optional.empty();
    }

    /**
     * Returns the statement when it is valid.
     *
     * @throws IllegalArgumentException naming the error, its position and the statement, when it is not
     */
    public static String requireValid(String statement) {
        Optional<SqlSyntaxError> error = check(statement);
        if (error.isPresent()) {
            SqlSyntaxError e = error.get();
            throw new IllegalArgumentException("Generated Flink SQL does not parse (line " + e.line() + ", column "
                    + e.column() + "): " + e.message() + "\n" + statement);
        }
        return statement;
    }
}
