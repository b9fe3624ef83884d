package dev.streamt.compiler.core.rules;

import dev.streamt.contracts.diagnostics.DiagnosticCode;

/** {@code rules.topics.min_partitions}: every topic has at least that many partitions (RULE_MIN_PARTITIONS). */
final class MinPartitionsRule extends TopicBoundRule {

    MinPartitionsRule() {
        super(DiagnosticCode.RULE_MIN_PARTITIONS, "min_partitions", true, "partitions", n -> n + " partitions",
                rules -> rules.minPartitions(), topic -> topic.partitions());
    }
}
