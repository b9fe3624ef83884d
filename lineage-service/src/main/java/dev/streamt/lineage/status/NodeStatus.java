package dev.streamt.lineage.status;

/** What the platform last did with a node: its last deployment and last test status; either may be null (never). */
public record NodeStatus(DeploymentMark deployment, TestMark test) {
}
