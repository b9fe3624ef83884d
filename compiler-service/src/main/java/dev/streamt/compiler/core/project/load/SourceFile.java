package dev.streamt.compiler.core.project.load;

import java.util.Arrays;

/**
 * The decoded text of one project file with a line index built on first use. Lines end at {@code \n}, {@code \r\n}
 * or {@code \r}, as in YAML (and in snakeyaml-engine's marks).
 */
final class SourceFile {

    private final String path;
    private final String text;
    private int[] lineStarts;

    SourceFile(String path, String text) {
        this.path = path;
        this.text = text;
    }

    String path() {
        return path;
    }

    String text() {
        return text;
    }

    int lineCount() {
        return starts().length;
    }

    /** Line {@code index} (0-based) without its line break; empty beyond the end. */
    String line(int index) {
        int[] starts = starts();
        if (index < 0 || index >= starts.length) {
            return "";
        }
        int start = starts[index];
        int end = index + 1 < starts.length ? starts[index + 1] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    private int[] starts() {
        if (lineStarts == null) {
            int[] starts = new int[16];
            int count = 0;
            starts[count++] = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
                if (lineBreak && i + 1 <= text.length()) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, count);
        }
        return lineStarts;
    }
}
