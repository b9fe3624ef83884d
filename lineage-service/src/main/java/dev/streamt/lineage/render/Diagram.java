package dev.streamt.lineage.render;

import java.util.List;
import java.util.Objects;

/**
 * What the text renderers draw: nodes in topological order (upstream first) and directed edges between their ids.
 * Renderers know nothing of manifests or graphs, only this. Immutable.
 */
public record Diagram(List<Node> nodes, List<Link> edges) {

    /**
     * A box of the drawing.
     *
     * @param id    unique within the diagram (a node id as the API shows it, or {@code node_id.column})
     * @param label what the box says ({@code orders_clean})
     * @param kind  what the ASCII tree shows in parentheses ({@code topic}, {@code source}, a column type)
     * @param style the colour family: {@code source}, {@code model}, {@code sink}, {@code test}, {@code exposure}
     */
    public record Node(String id, String label, String kind, String style, boolean focus) {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(style, "style");
        }
    }

    /** An arrow from one node id to another. */
    public record Link(String from, String to) {
    }

    public Diagram {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }
}
