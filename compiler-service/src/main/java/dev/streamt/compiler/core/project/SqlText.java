package dev.streamt.compiler.core.project;

import java.util.Objects;

/**
 * A text embedded in a YAML scalar, such as a model's {@code sql} or a test's {@code custom_sql} (raw: Jinja not yet
 * rendered), with the mapping from a position inside the text to the position in the YAML file, so that Jinja and SQL
 * errors are reported at the file line. For a block scalar ({@code sql: |}) line 1 of the text is the line after the
 * indicator and columns are shifted by the indentation; plain and quoted scalars start at the value, continue on the
 * following lines, and escapes ({@code ''}, {@code \"}) are accounted for.
 */
public final class SqlText {

    private final String text;
    private final Span span;
    private final TextLayout mapper;

    /** A text at {@code span} whose characters the loader located with {@code layout} (null: all at {@code span}). */
    public SqlText(String text, Span span, TextLayout layout) {
        this.text = Objects.requireNonNull(text, "text");
        this.span = Objects.requireNonNull(span, "span");
        this.mapper = layout;
    }

    /** A text that does not come from a file position (everything maps to {@code span}). */
    public static SqlText detached(String text, Span span) {
        return new SqlText(text, span, null);
    }

    /** The text exactly as the YAML value holds it. */
    public String text() {
        return text;
    }

    /** Where the value starts in the file (for a block scalar: at its {@code |} or {@code >} indicator). */
    public Span span() {
        return span;
    }

    /**
     * The file position of {@code line} and {@code column} of the text (both 1-based; lines split at {@code \n};
     * the column counts chars, i.e. a Java string index plus one). Out-of-range values are clamped to the text; a
     * column just past the end of a line maps just past its last character.
     */
    public Span positionOf(int line, int column) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                break;
            }
            offset = next + 1;
        }
        int lineEnd = text.indexOf('\n', offset);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        return positionOfOffset(offset + Math.max(0, Math.min(column - 1, lineEnd - offset)));
    }

    /** The file position of the char at {@code offset} (0-based) of the text. */
    public Span positionOfOffset(int offset) {
        if (mapper == null) {
            return span;
        }
        int[] at = mapper.map(offset);
        return new Span(span.file(), at[0], at[1], span.path());
    }

    /** Whether positions map exactly to characters (false for the rare value whose layout could not be traced). */
    public boolean exactPositions() {
        return mapper != null && mapper.exact();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SqlText that && text.equals(that.text) && span.equals(that.span);
    }

    @Override
    public int hashCode() {
        return text.hashCode() * 31 + span.hashCode();
    }

    @Override
    public String toString() {
        return "SqlText[" + span.location() + ": " + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + "]";
    }
}
