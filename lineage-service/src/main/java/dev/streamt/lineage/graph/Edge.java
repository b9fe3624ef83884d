package dev.streamt.lineage.graph;

import dev.streamt.contracts.manifest.NodeId;
import java.util.Objects;

/** Data flows {@code from} one node {@code to} another; both ids are qualified with their project. */
public record Edge(NodeId from, NodeId to) {

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
