package dev.streamt.compiler.core.artifacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A lexical scan of Flink SQL text (Flink's lexical rules: backticked identifiers with doubled backticks, single-quoted
 * strings with doubled quotes, {@code --} and {@code /* *}{@code /} comments): the tokens with their offsets and
 * parenthesis depth. It lets the generators read the top-level clauses of a query the analyzer has already parsed
 * (GROUP BY keys, the WHERE text) and reduce a generated statement to its shape, in linear time and without a second
 * parse. Stateless and thread-safe.
 */
final class SqlTokens {

    /** The kinds of tokens. */
    enum Kind {
        /** A keyword, function name or unquoted identifier. */
        WORD,
        /** A backticked identifier ({@link Token#text()} is its unescaped name). */
        QUOTED,
        /** A string literal, quotes included. */
        STRING,
        NUMBER,
        SYMBOL
    }

    /**
     * A token.
     *
     * @param kind the kind
     * @param text the token: words as written, quoted identifiers unescaped, literals and symbols as written
     * @param start offset of the first char in the SQL
     * @param end offset just past the last char
     * @param depth the parenthesis depth the token is at (a parenthesis itself counts at the outer depth)
     */
    record Token(Kind kind, String text, int start, int end, int depth) {

        Token {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
            if (start < 0 || end < start || depth < 0) {
                throw new IllegalArgumentException("bad token bounds " + start + ".." + end + " at depth " + depth);
            }
        }

        /** Whether this is the word (case-insensitive). */
        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        /** Whether this is the symbol. */
        boolean isSymbol(char symbol) {
            return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == symbol;
        }

        /** Whether this names something: an unquoted word or a backticked identifier. */
        boolean isIdentifier() {
            return kind == Kind.WORD || kind == Kind.QUOTED;
        }

        /** The upper-cased word, for keyword comparisons. */
        String upper() {
            return text.toUpperCase(Locale.ROOT);
        }
    }

    private SqlTokens() {
    }

    /** The tokens of the SQL, comments and whitespace skipped; unterminated quotes or comments run to the end. */
    static List<Token> scan(String sql) {
        List<Token> tokens = new ArrayList<>(Math.max(16, sql.length() / 4));
        int depth = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int eol = sql.indexOf('\n', i);
                i = eol < 0 ? n : eol + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (c == '`') {
                int end = closing(sql, i, '`');
                String name = sql.substring(i + 1, Math.max(i + 1, end - 1)).replace("``", "`");
                tokens.add(new Token(Kind.QUOTED, name, i, end, depth));
                i = end;
            } else if (c == '\'' || c == '"') {
                int end = closing(sql, i, c);
                tokens.add(new Token(Kind.STRING, sql.substring(i, end), i, end, depth));
                i = end;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int end = i + 1;
                while (end < n && isWordPart(sql.charAt(end))) {
                    end++;
                }
                tokens.add(new Token(Kind.WORD, sql.substring(i, end), i, end, depth));
                i = end;
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                tokens.add(new Token(Kind.NUMBER, sql.substring(i, end), i, end, depth));
                i = end;
            } else {
                if (c == ')' || c == ']') {
                    depth = Math.max(0, depth - 1);
                }
                tokens.add(new Token(Kind.SYMBOL, String.valueOf(c), i, i + 1, depth));
                if (c == '(' || c == '[') {
                    depth++;
                }
                i++;
            }
        }
        return tokens;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** The offset just past the quote closing the one at {@code open} (a doubled quote is an escaped one). */
    private static int closing(String sql, int open, char quote) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
