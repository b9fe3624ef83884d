package dev.streamt.compiler.core.sql.parse;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;

/**
 * Parses a model query like {@link FlinkSql#parseQuery}, but when the parse fails on a word that Flink reserves
 * beyond standard SQL (ONE, RANK, ROW, WINDOW, PARTITION, SYSTEM, ...) written where an identifier belongs, quotes
 * it and parses again (at most {@value #MAX_QUOTES} times), so {@code SELECT 1 AS one} is understood as Flink would
 * understand {@code SELECT 1 AS `one`}. Standard reserved words (VALUE, TIMESTAMP, USER, ...) stay syntax errors,
 * with a hint to quote them. Stateless and thread-safe.
 */
public final class LenientQueryParser {

    static final int MAX_QUOTES = 32;

    /**
     * The outcome: the query (or the syntax error, positioned in the SQL as written), the SQL that parsed, the words
     * quoted (positioned in the SQL as written) and the map from positions in the parsed SQL to the SQL as written.
     */
    public record Outcome(SqlNode query, String sql, List<SyntaxErrors.ReservedWord> quoted, SqlSyntaxError error,
            PositionMap positions) {
    }

    private LenientQueryParser() {
    }

    public static Outcome parse(String original) {
        String sql = original == null ? "" : original;
        PositionMap positions = new PositionMap();
        List<SyntaxErrors.ReservedWord> quoted = new ArrayList<>();
        for (int attempt = 0; ; attempt++) {
            try {
                SqlNode query = SqlParser.create(sql, FlinkSql.config()).parseQuery();
                return new Outcome(query, sql, quoted, null, positions);
            } catch (SqlParseException e) {
                SyntaxErrors.ReservedWord word = SyntaxErrors.reservedWord(e);
                if (word == null || word.standard() || attempt >= MAX_QUOTES) {
                    SqlSyntaxError error = SyntaxErrors.describe(e, sql);
                    SqlSyntaxError mapped = new SqlSyntaxError(error.line(),
                            positions.originalColumn(error.line(), error.column()), error.message());
                    return new Outcome(null, original, quoted, mapped, positions);
                }
                int offset = PositionMap.offset(sql, word.line(), word.column());
                quoted.add(new SyntaxErrors.ReservedWord(word.word(), word.line(),
                        positions.originalColumn(word.line(), word.column()), false));
                sql = sql.substring(0, offset) + '`' + word.word() + '`' + sql.substring(offset + word.word().length());
                positions.quoted(word.line(), word.column(), word.word().length());
            } catch (StackOverflowError e) {
                return new Outcome(null, original, quoted, SyntaxErrors.tooDeep(), positions);
            }
        }
    }
}
