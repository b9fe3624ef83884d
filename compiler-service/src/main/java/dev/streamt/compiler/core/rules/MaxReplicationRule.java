package dev.streamt.compiler.core.rules;

import dev.streamt.contracts.diagnostics.DiagnosticCode;

/**
 * {@code rules.topics.max_replication_factor}: no topic has a higher replication factor than that
 * (RULE_MAX_REPLICATION).
 */
final class MaxReplicationRule extends TopicBoundRule {

    MaxReplicationRule() {
        super(DiagnosticCode.RULE_MAX_REPLICATION, "max_replication_factor", false, "replication_factor",
                n -> "replication factor " + n,
                rules -> rules.maxReplicationFactor(), topic -> topic.replicationFactor());
    }
}
