package dev.streamt.compiler.core.rules;

import dev.streamt.contracts.diagnostics.DiagnosticCode;

/** {@code rules.topics.max_partitions}: no topic has more partitions than that (RULE_MAX_PARTITIONS). */
final class MaxPartitionsRule extends TopicBoundRule {

    MaxPartitionsRule() {
        super(DiagnosticCode.RULE_MAX_PARTITIONS, "max_partitions", false, "partitions", n -> n + " partitions",
                rules -> rules.maxPartitions(), topic -> topic.partitions());
    }
}
