package dev.streamt.compiler.core.project.load;

/**
 * A run of a scalar's value as it comes from one line of the file: the decoded {@code text}, the 0-based file
 * {@code line} and, for each character of the text, its 0-based char index in that line ({@link ScalarMapper}).
 */
record Piece(int line, String text, int[] sourceIndex) {

    /** Characters copied as they are from {@code source[from, to)}. */
    static Piece linear(int line, String source, int from, int to) {
        int[] index = new int[to - from];
        for (int k = 0; k < index.length; k++) {
            index[k] = from + k;
        }
        return new Piece(line, source.substring(from, to), index);
    }

    /** A single-quoted run: {@code ''} stands for one quote. */
    static Piece singleQuoted(int line, String source, int from, int to) {
        StringBuilder text = new StringBuilder();
        int[] index = new int[to - from];
        int count = 0;
        for (int i = from; i < to; i++) {
            index[count++] = i;
            text.append(source.charAt(i));
            if (source.charAt(i) == '\'' && i + 1 < to && source.charAt(i + 1) == '\'') {
                i++;
            }
        }
        return new Piece(line, text.toString(), java.util.Arrays.copyOf(index, count));
    }

    /** A double-quoted run with its escapes decoded (each decoded character maps to its backslash); null if unknown. */
    static Piece doubleQuoted(int line, String source, int from, int to) {
        StringBuilder text = new StringBuilder();
        int[] index = new int[(to - from) * 2 + 2];
        int count = 0;
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            if (c != '\\') {
                index[count++] = i;
                text.append(c);
                continue;
            }
            if (i + 1 >= to) {
                return null;
            }
            char escape = source.charAt(++i);
            int hexDigits = escape == 'x' ? 2 : escape == 'u' ? 4 : escape == 'U' ? 8 : 0;
            String decoded;
            if (hexDigits > 0) {
                if (i + hexDigits >= to) {
                    return null;
                }
                try {
                    decoded = new String(Character.toChars(Integer.parseInt(source.substring(i + 1, i + 1 + hexDigits),
                            16)));
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    return null;
                }
                i += hexDigits;
            } else {
                decoded = simpleEscape(escape);
                if (decoded == null) {
                    return null;
                }
            }
            for (int k = 0; k < decoded.length(); k++) {
                index[count++] = i - (hexDigits > 0 ? hexDigits + 1 : 1);
            }
            text.append(decoded);
        }
        return new Piece(line, text.toString(), java.util.Arrays.copyOf(index, count));
    }

    private static String simpleEscape(char escape) {
        switch (escape) {
            case '0': return "\0";
            case 'a': return "\u0007";
            case 'b': return "\b";
            case 't': case '\t': return "\t";
            case 'n': return "\n";
            case 'v': return "\u000B";
            case 'f': return "\f";
            case 'r': return "\r";
            case 'e': return "\u001B";
            case ' ': return " ";
            case '"': return "\"";
            case '/': return "/";
            case '\\': return "\\";
            case 'N': return "\u0085";
            case '_': return "\u00A0";
            case 'L': return "\u2028";
            case 'P': return "\u2029";
            default: return null;
        }
    }
}
