package dev.streamt.compiler.core.dag;

import java.util.List;

/**
 * The order in which nodes can be compiled and deployed (every node after all it depends on), or the cycles that make
 * such an order impossible.
 *
 * @param order  every node, dependencies first; ties keep declaration order. Empty when there are cycles.
 * @param cycles each cycle as the node ids around it, the first repeated at the end ({@code a → b → a})
 */
public record DagAnalysis(List<String> order, List<List<String>> cycles) {
    public DagAnalysis {
        order = List.copyOf(order);
        cycles = cycles.stream().map(List::copyOf).toList();
    }

    public boolean acyclic() {
        return cycles.isEmpty();
    }
}
