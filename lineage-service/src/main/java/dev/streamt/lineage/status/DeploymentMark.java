package dev.streamt.lineage.status;

import java.time.Instant;

/**
 * The last deployment of a node: {@code status} ({@code failed} when the latest step of any of its artifacts failed,
 * else the status of its latest step), the deployment it came from, when, and the error of a failed step.
 */
public record DeploymentMark(String status, String deploymentId, Instant at, String error) {
}
