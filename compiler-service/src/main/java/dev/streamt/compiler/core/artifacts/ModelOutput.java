package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import java.util.List;
import java.util.Objects;

/**
 * What a model produces, as the generators need it: the model, the input tables its job declares, the analysis its
 * job runs (the planner's, or, when a {@code *} expands an input whose columns were not declared, the same SQL
 * analysed against the columns the job declares for it, so that the output table matches what the query returns),
 * and the table of its topic as writers and downstream readers see it. Immutable.
 *
 * @param plan the model
 * @param inputs the input tables its SQL reads (a sink: its {@code from} inputs)
 * @param analysis the analysis the job is generated from; null for a sink
 * @param table its topic: the model's own (topic, flink), the virtual topic (virtual_topic), the topic it reads
 *     (sink); null when unknown (a sink without inputs)
 * @param rawCopy whether its job copies the input's records byte for byte (a {@code topic} model without masking)
 */
record ModelOutput(ModelPlan plan, List<ModelInputs.Input> inputs, SqlAnalysis analysis, KafkaTable table,
        boolean rawCopy) {

    ModelOutput {
        Objects.requireNonNull(plan, "plan");
        inputs = List.copyOf(inputs);
    }

    /** The model's name. */
    String name() {
        return plan.name();
    }
}
