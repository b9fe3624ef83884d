package dev.streamt.compiler.core.rules;

import dev.streamt.contracts.diagnostics.DiagnosticCode;

/**
 * {@code rules.topics.min_replication_factor}: every topic has at least that replication factor
 * (RULE_MIN_REPLICATION).
 */
final class MinReplicationRule extends TopicBoundRule {

    MinReplicationRule() {
        super(DiagnosticCode.RULE_MIN_REPLICATION, "min_replication_factor", true, "replication_factor",
                n -> "replication factor " + n,
                rules -> rules.minReplicationFactor(), topic -> topic.replicationFactor());
    }
}
