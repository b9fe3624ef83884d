package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.sql.parse.FlinkStatementCheck;
import dev.streamt.compiler.core.sql.parse.SqlSyntaxError;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Asserts that every generated statement parses with Flink's own parser ({@link FlinkStatementCheck}); a statement that
 * does not is a compiler bug and fails generation with an {@link IllegalStateException} naming it.
 *
 * <p>Parsing costs about 0.2 ms a statement, which would make generation of large projects slow, so statements are
 * checked by shape: identifiers (always backticked) and string literals (always quoted) are the only parts the compiler
 * fills in from the project, and the lexer reduces them to placeholders (except interval literals and over-long
 * identifiers, whose content the parser checks); the first statement of each shape is parsed, later ones of the same
 * shape are known to parse. A model's query is embedded verbatim: the analyzer parsed it already with the same parser,
 * and the statements embed it where the grammar takes any query, on lines of its own, so it is checked as the
 * placeholder query {@code SELECT 1}. Thread-safe: the set of known shapes is shared and concurrent, and bounded.
 */
final class StatementVerifier {

    /** Longest identifier Flink's parser accepts (see FlinkSql). */
    private static final int MAX_IDENTIFIER = 256;
    private static final int MAX_SHAPES = 50_000;
    private static final String PLACEHOLDER_QUERY = "SELECT 1";
    private static final Set<String> KNOWN_SHAPES = ConcurrentHashMap.newKeySet();

    private StatementVerifier() {
    }

    /**
     * Verifies a generated statement.
     *
     * @param statement the statement
     * @param embeddedQuery a query the statement may embed verbatim that the analyzer parsed already, or null
     * @return the statement
     * @throws IllegalStateException when the statement does not parse
     */
    static String verify(String statement, String embeddedQuery) {
        String checked = statement;
        if (embeddedQuery != null && !embeddedQuery.isEmpty()) {
            int at = statement.indexOf(embeddedQuery);
            if (at >= 0) {
                checked = statement.substring(0, at) + PLACEHOLDER_QUERY
                        + statement.substring(at + embeddedQuery.length());
            }
        }
        String shape = shape(checked);
        if (KNOWN_SHAPES.contains(shape)) {
            return statement;
        }
        Optional<SqlSyntaxError> error = FlinkStatementCheck.check(checked);
        if (error.isPresent()) {
            SqlSyntaxError e = error.get();
            throw new IllegalStateException("Compiler bug: a generated Flink statement does not parse (line "
                    + e.line() + ", column " + e.column() + ": " + e.message() + "):\n" + statement);
        }
        if (KNOWN_SHAPES.size() >= MAX_SHAPES) {
            KNOWN_SHAPES.clear();
        }
        KNOWN_SHAPES.add(shape);
        return statement;
    }

    /** The statement with identifiers and literals (but interval literals) reduced to placeholders. */
    static String shape(String statement) {
        StringBuilder out = new StringBuilder(statement.length());
        SqlTokens.Token previous = null;
        for (SqlTokens.Token token : SqlTokens.scan(statement)) {
            if (token.kind() == SqlTokens.Kind.QUOTED && token.text().length() <= MAX_IDENTIFIER) {
                out.append("`i`");
            } else if (token.kind() == SqlTokens.Kind.STRING && token.text().startsWith("'")
                    && (previous == null || !previous.is("INTERVAL"))) {
                out.append("'s'");
            } else {
                out.append(statement, token.start(), token.end());
            }
            out.append(' ');
            previous = token;
        }
        return out.toString();
    }
}
