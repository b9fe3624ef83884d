package dev.streamt.lineage.query;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Breadth-first walk with an explicit queue: no recursion, so a chain of any depth is fine; each reachable vertex and
 * edge is looked at once. Stateless.
 */
final class Bfs {

    private Bfs() {
    }

    /**
     * The vertices reachable from {@code start} (itself included, at distance 0) following {@code next}, each with its
     * distance, in the order they were reached.
     *
     * @param maxDepth the largest distance to go to, or null for no limit
     */
    static Map<Integer, Integer> walk(int start, IntFunction<int[]> next, Integer maxDepth) {
        Map<Integer, Integer> distance = new LinkedHashMap<>();
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        distance.put(start, 0);
        queue.add(start);
        while (!queue.isEmpty()) {
            int vertex = queue.poll();
            int d = distance.get(vertex);
            if (maxDepth != null && d >= maxDepth) {
                continue;
            }
            for (int neighbour : next.apply(vertex)) {
                if (!distance.containsKey(neighbour)) {
                    distance.put(neighbour, d + 1);
                    queue.add(neighbour);
                }
            }
        }
        return distance;
    }
}
