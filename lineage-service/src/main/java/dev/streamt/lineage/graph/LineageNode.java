package dev.streamt.lineage.graph;

import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.NodeType;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A node of the lineage graph with what the queries and the page show about it. Immutable.
 *
 * @param id           always qualified with its project ({@code shop:model.orders_clean})
 * @param materialized the materialization of a model, else null
 * @param sql          the rendered SQL of a model, else null
 * @param topic        the Kafka topic a source reads or a model writes, else null
 * @param sla          an exposure's SLA as written, else empty
 * @param contacts     an exposure's contacts as {@code name <email>} strings
 * @param declared     false for a node another project's manifest references but whose own manifest is not known
 */
public record LineageNode(
        NodeId id,
        Materialization materialized,
        String owner,
        List<String> tags,
        String description,
        String sql,
        String topic,
        List<NodeColumn> columns,
        Map<String, Object> sla,
        List<String> contacts,
        String url,
        boolean declared) {

    public LineageNode {
        Objects.requireNonNull(id, "id");
        if (!id.hasProject()) {
            throw new IllegalArgumentException("lineage node ids are qualified with their project, got " + id);
        }
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
        columns = List.copyOf(Objects.requireNonNullElse(columns, List.of()));
        sla = sla == null ? Map.of() : sla;
        contacts = List.copyOf(Objects.requireNonNullElse(contacts, List.of()));
    }

    /** A node known only by reference from another project's manifest. */
    public static LineageNode referenced(NodeId id, Materialization materialized, List<String> tags, String owner) {
        return new LineageNode(id, materialized, owner, tags, null, null, null, List.of(), Map.of(), List.of(), null,
                false);
    }

    public NodeType type() {
        return id.type();
    }

    public String name() {
        return id.name();
    }

    public String project() {
        return id.project();
    }

    /** What the ASCII tree shows in parentheses: the materialization of a model, else the node type. */
    public String kind() {
        return materialized != null ? materialized.wireValue() : id.type().wireValue();
    }

    /** The column of this name, or null. */
    public NodeColumn column(String name) {
        for (NodeColumn column : columns) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        return null;
    }
}
