package dev.streamt.lineage.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A Mermaid flowchart ({@code graph LR}) like the seed documents': node ids as {@code <type>_<name>}, labels with the
 * name, one {@code classDef} per style with the seed's colours, and a thick border on the focused node. Stateless.
 */
public final class MermaidRenderer {

    private MermaidRenderer() {
    }

    public static String render(Diagram diagram) {
        Map<String, String> ids = new HashMap<>();
        Set<String> taken = new HashSet<>();
        StringBuilder out = new StringBuilder("graph LR\n");
        Set<String> styles = new TreeSet<>();
        for (Diagram.Node node : diagram.nodes()) {
            String id = uniqueId(node, taken);
            ids.put(node.id(), id);
            out.append("    ").append(id).append(shape(node.label())).append('\n');
            styles.add(node.style());
        }
        for (Diagram.Link link : diagram.edges()) {
            out.append("    ").append(ids.get(link.from())).append(" --> ").append(ids.get(link.to())).append('\n');
        }
        for (String style : styles) {
            String[] colours = Styles.of(style);
            out.append("    classDef ").append(style).append(" fill:").append(colours[0]).append(",stroke:")
                    .append(colours[1]).append('\n');
        }
        out.append("    classDef focus stroke-width:4px\n");
        for (Diagram.Node node : diagram.nodes()) {
            out.append("    class ").append(ids.get(node.id())).append(' ').append(node.style()).append('\n');
            if (node.focus()) {
                out.append("    class ").append(ids.get(node.id())).append(" focus\n");
            }
        }
        return out.toString();
    }

    /** {@code source.orders_raw} becomes {@code source_orders_raw}; a sink model {@code sink_x}, as in the seed. */
    private static String uniqueId(Diagram.Node node, Set<String> taken) {
        String base = node.style().equals("sink") && node.id().startsWith("model.")
                ? "sink_" + node.id().substring("model.".length()) : node.id();
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            safe.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
        }
        String id = safe.toString();
        // "end" and friends are Mermaid keywords; a leading letter prefix keeps every id a plain identifier.
        if (!Character.isLetter(id.charAt(0)) || id.equals("end") || id.equals("graph") || id.equals("subgraph")) {
            id = "n_" + id;
        }
        String unique = id;
        for (int n = 2; !taken.add(unique); n++) {
            unique = id + "_" + n;
        }
        return unique;
    }

    private static String shape(String label) {
        boolean plain = label.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
        if (plain) {
            return "[" + label + "]";
        }
        return "[\"" + label.replace("\"", "#quot;") + "\"]";
    }
}
