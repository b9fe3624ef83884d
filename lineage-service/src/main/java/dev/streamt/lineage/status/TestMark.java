package dev.streamt.lineage.status;

import java.time.Instant;

/**
 * The last test status of a node: for a test node its own outcome; for the node a test checks, the worst latest
 * outcome of its tests ({@code failed}, then {@code error}, {@code passed}, {@code skipped}).
 */
public record TestMark(String status, String runId, Instant at, String error) {
}
