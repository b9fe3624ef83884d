package dev.streamt.lineage.render;

import java.util.Map;

/** The colours of the seed documents' diagrams, per style: fill and stroke. */
final class Styles {

    static final Map<String, String[]> COLOURS = Map.of(
            "source", new String[] {"#fee2e2", "#ef4444"},
            "model", new String[] {"#e0e7ff", "#5046e5"},
            "flink", new String[] {"#dbeafe", "#3b82f6"},
            "sink", new String[] {"#d1fae5", "#059669"},
            "test", new String[] {"#fef3c7", "#f59e0b"},
            "exposure", new String[] {"#d1fae5", "#059669"},
            "column", new String[] {"#f3f4f6", "#6b7280"});

    private Styles() {
    }

    static String[] of(String style) {
        return COLOURS.getOrDefault(style, COLOURS.get("model"));
    }
}
