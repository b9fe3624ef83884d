package dev.streamt.compiler.core.sql.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a Flink type string into the tokens {@link FlinkTypeParser} reads. Stateless and thread-safe. */
final class FlinkTypeTokenizer {

    private FlinkTypeTokenizer() {
    }

    /** Words, numbers, `quoted` names, 'strings', *ROWTIME* markers and the symbols ( ) < > , — or null. */
    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '`' || c == '\'') {
                int end = closing(text, i, c);
                if (end < 0) {
                    return null;
                }
                tokens.add(text.substring(i, end + 1));
                i = end + 1;
            } else if (c == '*') {
                int end = text.indexOf('*', i + 1);
                if (end < 0) {
                    return null;
                }
                tokens.add(text.substring(i, end + 1).toUpperCase(Locale.ROOT));
                i = end + 1;
            } else if ("()<>,".indexOf(c) >= 0) {
                tokens.add(String.valueOf(c));
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(text.substring(start, i));
            } else {
                return null;
            }
        }
        return tokens;
    }

    /** The index of the quote closing the one at {@code start} (a doubled quote is an escaped one), or -1. */
    private static int closing(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return -1;
    }
}
