package dev.streamt.compiler.core.sql.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps positions in SQL where words were quoted (each quoting adds a backtick before and after a word) back to the
 * positions in the SQL as written. Confined to one analysis.
 */
public final class PositionMap {

    /** A quoted word: its line, the column of the opening backtick, and the word's length, in current positions. */
    private static final class Quote {
        final int line;
        int column;
        final int length;

        Quote(int line, int column, int length) {
            this.line = line;
            this.column = column;
            this.length = length;
        }
    }

    private final List<Quote> quotes = new ArrayList<>();

    public boolean isEmpty() {
        return quotes.isEmpty();
    }

    /** Records that the word at this (current) position was wrapped in backticks. */
    void quoted(int line, int column, int length) {
        for (Quote quote : quotes) {
            if (quote.line == line && quote.column > column) {
                quote.column += 2;
            }
        }
        quotes.add(new Quote(line, column, length));
    }

    /** The column, in the SQL as written, of a position in the quoted SQL. */
    public int originalColumn(int line, int column) {
        int result = column;
        for (Quote quote : quotes) {
            if (quote.line != line || column <= quote.column) {
                continue;
            }
            result -= column > quote.column + quote.length ? 2 : 1;
        }
        return Math.max(1, result);
    }

    /** The character offset of a 1-based line and column in the text (line breaks: \n, \r\n, \r). */
    static int offset(String text, int line, int column) {
        int currentLine = 1;
        int i = 0;
        while (currentLine < line && i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    i++;
                }
                currentLine++;
            } else if (c == '\n') {
                currentLine++;
            }
        }
        return Math.min(text.length(), i + column - 1);
    }
}
