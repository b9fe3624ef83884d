package dev.streamt.runtime.text;

/**
 * Control characters in text from outside (paths, ids, names): a NUL cannot be stored by PostgreSQL, and a line break
 * written to a log forges a line. Found here, and shown escaped (a line break as {@code \\u000a}) when a message must
 * quote the text.
 * Pure and thread-safe.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** Whether {@code text} holds a C0 control character or DEL. */
    public static boolean in(String text) {
        return text != null && text.chars().anyMatch(ControlCharacters::isControl);
    }

    /** {@code text} cut at {@code max} characters, with every control character written as {@code \\uXXXX}. */
    public static String escaped(String text, int max) {
        StringBuilder out = new StringBuilder();
        text.chars().limit(max).forEach(c -> {
            if (isControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return text.length() > max ? out.append('…').toString() : out.toString();
    }

    private static boolean isControl(int c) {
        return c < 0x20 || c == 0x7f;
    }
}
