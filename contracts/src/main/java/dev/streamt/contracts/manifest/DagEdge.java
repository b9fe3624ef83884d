package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;

/** A dependency of the project graph: data flows {@code from} one node {@code to} another. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DagEdge(NodeId from, NodeId to) {

    public DagEdge {
        Require.nonNull(from, "edge from");
        Require.nonNull(to, "edge to");
    }
}
