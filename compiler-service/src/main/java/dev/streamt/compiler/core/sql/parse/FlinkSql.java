package dev.streamt.compiler.core.sql.parse;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.config.Lex;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.flink.sql.parser.impl.FlinkSqlParserImpl;
import org.apache.flink.sql.parser.validate.FlinkSqlConformance;

/**
 * The one entry point to Flink's own SQL parser (flink-sql-parser on Calcite), configured as Flink's planner does:
 * {@link FlinkSqlParserImpl#FACTORY}, {@link FlinkSqlConformance#DEFAULT}, {@link Lex#JAVA} (backticks, case-sensitive
 * names) and identifiers up to 256 characters. The configuration is built once; each call creates its own parser.
 *
 * <p>A syntax error is returned as a {@link SqlSyntaxError} value, never thrown.
 *
 * <p>Thread-safe: stateless apart from the immutable configuration.
 */
public final class FlinkSql {

    private static final SqlParser.Config CONFIG = SqlParser.config()
            .withParserFactory(FlinkSqlParserImpl.FACTORY)
            .withConformance(FlinkSqlConformance.DEFAULT)
            .withLex(Lex.JAVA)
            .withIdentifierMaxLength(256);

    private FlinkSql() {
    }

    /** The parser configuration (immutable). */
    public static SqlParser.Config config() {
        return CONFIG;
    }

    /** Parses one query (SELECT, WITH, VALUES, set operations, ORDER BY ...). */
    public static SqlParseResult<SqlNode> parseQuery(String sql) {
        String text = sql == null ? "" : sql;
        try {
            return SqlParseResult.success(SqlParser.create(text, CONFIG).parseQuery());
        } catch (SqlParseException e) {
            return SqlParseResult.failure(SyntaxErrors.describe(e, text));
        } catch (StackOverflowError e) {
            return SqlParseResult.failure(SyntaxErrors.tooDeep());
        }
    }

    /**
     * Parses a script of statements separated by {@code ;}: DDL ({@code CREATE TABLE ... WITH ...}), {@code SET},
     * {@code INSERT INTO ... SELECT}, queries.
     */
    public static SqlParseResult<List<SqlNode>> parseStatements(String sql) {
        String text = sql == null ? "" : sql;
        try {
            SqlNodeList statements = SqlParser.create(text, CONFIG).parseStmtList();
            return SqlParseResult.success(List.copyOf(new ArrayList<>(statements.getList())));
        } catch (SqlParseException e) {
            return SqlParseResult.failure(SyntaxErrors.describe(e, text));
        } catch (StackOverflowError e) {
            return SqlParseResult.failure(SyntaxErrors.tooDeep());
        }
    }
}
