package dev.streamt.lineage.render;

/**
 * A Graphviz DOT digraph, left to right, one rounded box per node in its style's colours, the focused node with a thick
 * border. Node names are the diagram ids, so a click on the rendered SVG (whose {@code <title>} is the node name) tells
 * which node was chosen. Stateless.
 */
public final class DotRenderer {

    private DotRenderer() {
    }

    public static String render(Diagram diagram) {
        StringBuilder out = new StringBuilder("digraph lineage {\n");
        out.append("  rankdir=LR;\n");
        out.append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=11];\n");
        out.append("  edge [color=\"#6b7280\"];\n");
        for (Diagram.Node node : diagram.nodes()) {
            String[] colours = Styles.of(node.style());
            String label = node.kind() == null ? node.label() : node.label() + "\n(" + node.kind() + ")";
            out.append("  ").append(quote(node.id())).append(" [label=").append(quote(label))
                    .append(", fillcolor=").append(quote(colours[0])).append(", color=").append(quote(colours[1]))
                    .append(", class=").append(quote("lineage-" + node.style() + (node.focus() ? " lineage-focus" : "")));
            if (node.focus()) {
                out.append(", penwidth=3");
            }
            out.append("];\n");
        }
        for (Diagram.Link link : diagram.edges()) {
            out.append("  ").append(quote(link.from())).append(" -> ").append(quote(link.to())).append(";\n");
        }
        return out.append("}\n").toString();
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
