package dev.streamt.lineage.render;

import dev.streamt.lineage.problem.LineageProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The output formats of lineage answers and their media types. */
public enum Format {
    JSON("application/json"),
    ASCII("text/plain;charset=UTF-8"),
    MERMAID("text/vnd.mermaid;charset=UTF-8"),
    DOT("text/vnd.graphviz;charset=UTF-8");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The format of a query parameter, JSON when absent; {@code text} is accepted for {@code ascii}. */
    public static Format parse(String text) {
        if (text == null || text.isBlank()) {
            return JSON;
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        if (wanted.equals("text")) {
            return ASCII;
        }
        for (Format format : values()) {
            if (format.wireValue().equals(wanted)) {
                return format;
            }
        }
        throw LineageProblem.invalidParameter("format", text, wireValues());
    }

    public static List<String> wireValues() {
        return Arrays.stream(values()).map(Format::wireValue).toList();
    }
}
