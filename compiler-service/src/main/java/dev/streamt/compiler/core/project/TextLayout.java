package dev.streamt.compiler.core.project;

/**
 * Where each character of a text embedded in a YAML value sits in its file, so that a problem found inside the text
 * (Jinja, SQL) is reported at the file's line and column. The loader builds it from the YAML it read.
 */
public interface TextLayout {

    /** The 1-based {line, column} in the file of the character at {@code offset} (clamped to the text). */
    int[] map(int offset);

    /** Whether offsets map exactly (false when the layout could not be traced and offsets map to the start). */
    boolean exact();
}
