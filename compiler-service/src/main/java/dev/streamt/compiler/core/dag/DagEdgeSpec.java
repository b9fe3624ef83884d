package dev.streamt.compiler.core.dag;

import java.util.Objects;

/** A dependency: {@code to} reads from {@code from} (node ids such as {@code source.orders_raw}). */
public record DagEdgeSpec(String from, String to) {
    public DagEdgeSpec {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
