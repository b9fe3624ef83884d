package dev.streamt.compiler.core.sql.parse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.parser.SqlAbstractParserImpl;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.flink.sql.parser.impl.FlinkSqlParserImpl;
import org.apache.flink.sql.parser.impl.ParseException;
import org.apache.flink.sql.parser.impl.Token;
import org.apache.flink.sql.parser.impl.TokenMgrError;

/**
 * Turns a Calcite/JavaCC parse failure into a short {@link SqlSyntaxError}: the position of the token that really
 * failed (the last of Calcite's "Encountered" run), what was found, and the few expected tokens that matter ("an
 * expression" instead of 150 function keywords). Positions are not repeated in the message: the caller maps them to
 * the file. Stateless and thread-safe.
 */
public final class SyntaxErrors {

    /** Expected tokens shown first, in this order, when present. */
    private static final List<String> PRIORITY = List.of(")", "FROM", "WHERE", "GROUP", "BY", "HAVING", "ORDER",
            "JOIN", "ON", "AS", "THEN", "WHEN", "ELSE", "END", ",", "AND", "OR", "(", "=", "UNION", "LIMIT", "SELECT",
            "an identifier", "end of SQL");
    /** Keywords that structure a query: never a plausible identifier, never quoted, no "quote it" hint. */
    private static final Set<String> STRUCTURAL = Set.of("SELECT", "FROM", "WHERE", "GROUP", "BY", "HAVING", "ORDER",
            "JOIN", "ON", "AS", "AND", "OR", "NOT", "UNION", "INTERSECT", "EXCEPT", "MINUS", "LIMIT", "OFFSET",
            "FETCH", "WITH", "CASE", "WHEN", "THEN", "ELSE", "END", "IN", "IS", "NULL", "LIKE", "BETWEEN", "INNER",
            "LEFT", "RIGHT", "FULL", "OUTER", "CROSS", "NATURAL", "USING", "DISTINCT", "ALL", "INTO", "VALUES",
            "OVER", "TABLE", "LATERAL", "EXISTS", "CAST", "INTERVAL", "QUALIFY", "WINDOW", "MATCH_RECOGNIZE",
            "UNNEST", "INSERT", "CREATE", "SET", "ANY", "SOME", "TRUE", "FALSE", "UNKNOWN");
    private static final int SHOWN = 6;
    private static final SqlAbstractParserImpl.Metadata KEYWORDS =
            FlinkSqlParserImpl.FACTORY.getParser(new StringReader("")).getMetadata();

    /**
     * A reserved word of Flink SQL written where an identifier belongs, like {@code SELECT 1 AS one}.
     *
     * @param word the word as written
     * @param line 1-based line
     * @param column 1-based column
     * @param standard whether the word is reserved by standard SQL too (VALUE, TIMESTAMP, USER, ...)
     */
    public record ReservedWord(String word, int line, int column, boolean standard) {
    }

    private SyntaxErrors() {
    }

    /** The reserved word that made the parse fail where an identifier was expected, or null. */
    public static ReservedWord reservedWord(SqlParseException e) {
        if (!(e.getCause() instanceof ParseException parse) || parse.currentToken == null
                || parse.expectedTokenSequences == null || parse.expectedTokenSequences.length == 0) {
            return null;
        }
        Token offending = offending(parse);
        Set<String> expected = expected(parse);
        if (!expected.contains("an identifier")) {
            // A reserved function name used as a column (SELECT rank, ...): the parser then wants "(" after it.
            Token previous = previous(parse, offending);
            if (expected.size() != 1 || !expected.contains("(") || previous == null) {
                return null;
            }
            offending = previous;
        }
        if (offending.kind == 0 || offending.image == null || offending.image.isEmpty()
                || !Character.isLetter(offending.image.charAt(0))) {
            return null;
        }
        String upper = offending.image.toUpperCase(Locale.ROOT);
        if (!KEYWORDS.isReservedWord(upper) || STRUCTURAL.contains(upper)) {
            return null;
        }
        return new ReservedWord(offending.image, Math.max(1, offending.beginLine), Math.max(1, offending.beginColumn),
                KEYWORDS.isSql92ReservedWord(upper));
    }

    public static SqlSyntaxError describe(SqlParseException e, String sql) {
        Throwable cause = e.getCause();
        if (cause instanceof ParseException parse && parse.currentToken != null
                && parse.expectedTokenSequences != null && parse.expectedTokenSequences.length > 0) {
            return fromParseException(parse);
        }
        if (cause instanceof TokenMgrError) {
            return lexical(cause.getMessage(), e.getPos(), sql);
        }
        String message = firstLine(e.getMessage());
        if (message.startsWith("Non-query expression encountered in illegal context")) {
            message = "Expected a query (SELECT ..., WITH ..., VALUES ...).";
        }
        return at(e.getPos(), message.replaceAll(" at line \\d+, column \\d+", ""));
    }

    public static SqlSyntaxError tooDeep() {
        return new SqlSyntaxError(1, 1, "The SQL is nested too deeply to be parsed.");
    }

    private static SqlSyntaxError fromParseException(ParseException e) {
        Token offending = offending(e);
        Set<String> expected = expected(e);
        int line = Math.max(1, offending.beginLine);
        int column = Math.max(1, offending.beginColumn);
        if ("'".equals(offending.image)) {
            return new SqlSyntaxError(line, column, "Unclosed string literal: the ' here is never closed.");
        }
        String found = offending.kind == 0 ? "Unexpected end of SQL." : "Unexpected \"" + offending.image + "\".";
        if (";".equals(offending.image)) {
            found += " A query is one statement without ';'.";
        }
        String message = found + " " + expectedText(expected);
        String upper = offending.image == null ? "" : offending.image.toUpperCase(Locale.ROOT);
        if (offending.kind != 0 && expected.contains("an identifier") && KEYWORDS.isReservedWord(upper)
                && !STRUCTURAL.contains(upper)) {
            message += " '" + offending.image + "' is a reserved word in Flink SQL: quote it as `" + offending.image
                    + "`.";
        }
        return new SqlSyntaxError(line, column, message);
    }

    /** The token that really failed: the last of the run Calcite reports as "Encountered". */
    private static Token offending(ParseException e) {
        int longest = longest(e);
        Token offending = e.currentToken.next == null ? e.currentToken : e.currentToken.next;
        for (int i = 1; i < longest && offending.next != null; i++) {
            offending = offending.next;
        }
        return offending;
    }

    /** The token just before the failing one, or null. */
    private static Token previous(ParseException e, Token offending) {
        for (Token token = e.currentToken; token != null && token.next != null; token = token.next) {
            if (token.next == offending) {
                return token;
            }
        }
        return null;
    }

    /** The tokens that would have fit at the failing token, readable. */
    private static Set<String> expected(ParseException e) {
        int longest = longest(e);
        Set<String> expected = new LinkedHashSet<>();
        for (int[] sequence : e.expectedTokenSequences) {
            if (sequence.length == longest) {
                expected.add(display(e.tokenImage[sequence[longest - 1]]));
            }
        }
        return expected;
    }

    private static int longest(ParseException e) {
        int longest = 0;
        for (int[] sequence : e.expectedTokenSequences) {
            longest = Math.max(longest, sequence.length);
        }
        return longest;
    }

    /** "Expected BY.", "Expected an expression.", "Expected one of: FROM, WHERE, ... (and 12 more)." */
    private static String expectedText(Set<String> expected) {
        boolean expression = expected.contains("an identifier") && expected.contains("CASE");
        List<String> ranked = new ArrayList<>();
        for (String token : PRIORITY) {
            if (expected.contains(token)) {
                ranked.add(token);
            }
        }
        if (expression) {
            List<String> shown = new ArrayList<>();
            shown.add("an expression");
            for (String token : ranked) {
                if (Character.isUpperCase(token.charAt(0)) && shown.size() < SHOWN) {
                    shown.add(token);
                }
            }
            return "Expected " + String.join(" or ", shown) + ".";
        }
        for (String token : expected) {
            if (!ranked.contains(token)) {
                ranked.add(token);
            }
        }
        List<String> quoted = new ArrayList<>(ranked.size());
        for (String token : ranked) {
            quoted.add(Character.isLetter(token.charAt(0)) ? token : "'" + token + "'");
        }
        if (quoted.size() == 1) {
            return "Expected " + quoted.get(0) + ".";
        }
        int shown = Math.min(quoted.size(), SHOWN);
        String more = quoted.size() > shown ? " (and " + (quoted.size() - shown) + " more)" : "";
        return "Expected one of: " + String.join(", ", quoted.subList(0, shown)) + more + ".";
    }

    /** A JavaCC token image as a reader wants it: FROM, "(", an identifier, a literal, end of SQL. */
    private static String display(String image) {
        if (image.startsWith("\"") && image.endsWith("\"") && image.length() >= 2) {
            return image.substring(1, image.length() - 1);
        }
        String name = image.startsWith("<") && image.endsWith(">") ? image.substring(1, image.length() - 1) : image;
        if (name.equals("EOF")) {
            return "end of SQL";
        }
        if (name.endsWith("IDENTIFIER")) {
            return "an identifier";
        }
        if (name.endsWith("LITERAL") || name.endsWith("STRING")) {
            return "a literal";
        }
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static SqlSyntaxError lexical(String message, SqlParserPos pos, String sql) {
        String text = message == null ? "" : message;
        int after = text.indexOf("after : \"");
        String prefix = after < 0 ? "" : text.substring(after + "after : \"".length());
        if (text.contains("Encountered: <EOF>") && (prefix.startsWith("`") || prefix.startsWith("'"))) {
            char quote = prefix.charAt(0);
            int start = sql.lastIndexOf(quote);
            int[] lineColumn = lineColumn(sql, Math.max(start, 0));
            String what = quote == '\'' ? "string literal" : "quoted identifier";
            return new SqlSyntaxError(lineColumn[0], lineColumn[1],
                    "Unclosed " + what + ": the " + quote + " here is never closed.");
        }
        int encountered = text.indexOf("Encountered: ");
        String found = encountered < 0 ? "" : text.substring(encountered + "Encountered: ".length());
        int cut = found.indexOf(" after");
        found = (cut < 0 ? found : found.substring(0, cut)).trim();
        if (found.startsWith("<EOF>") && pos != null) {
            int offset = PositionMap.offset(sql, pos.getLineNum(), pos.getColumnNum());
            if (offset > 0 && offset <= sql.length()) {
                int[] lineColumn = lineColumn(sql, offset - 1);
                return new SqlSyntaxError(lineColumn[0], lineColumn[1],
                        "Unexpected character '" + sql.charAt(offset - 1) + "'.");
            }
        }
        return at(pos, "Unexpected character " + found + ".");
    }

    private static int[] lineColumn(String sql, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < sql.length(); i++) {
            if (sql.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static SqlSyntaxError at(SqlParserPos pos, String message) {
        int line = pos == null ? 1 : Math.max(1, pos.getLineNum());
        int column = pos == null ? 1 : Math.max(1, pos.getColumnNum());
        return new SqlSyntaxError(line, column, message.isBlank() ? "Invalid SQL." : message);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
