package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.plan.ProjectPlan;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.SourceDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of every source and model of a project, by node id ({@code source.x}, {@code model.y}), and every model's
 * {@link ModelOutput}, computed once in dependency order so that each model is built from its inputs' finished tables
 * (no upstream SQL is analysed again). Immutable once built; confined to one generation.
 */
final class TableCatalog {

    private final Map<String, KafkaTable> tables;
    private final List<ModelOutput> outputs;
    private final Map<String, ModelOutput> byName;

    private TableCatalog(Map<String, KafkaTable> tables, List<ModelOutput> outputs) {
        this.tables = tables;
        this.outputs = Collections.unmodifiableList(outputs);
        this.byName = new HashMap<>(outputs.size() * 2);
        outputs.forEach(output -> byName.put(output.name(), output));
    }

    /** The catalog of a plan; linear in its size. */
    static TableCatalog build(ProjectPlan plan, Findings findings) {
        ProjectDefinition project = plan.project();
        Map<String, KafkaTable> tables = new HashMap<>((project.sources().size() + plan.models().size()) * 2);
        for (SourceDefinition source : project.sources()) {
            KafkaTable table = SourceTables.of(source, project.runtime());
            if (table != null) {
                tables.put("source." + source.name(), table);
            }
        }
        List<ModelOutput> outputs = new ArrayList<>(plan.models().size());
        for (ModelPlan model : plan.models()) {
            ModelOutput output = ModelOutputs.of(model, project, tables::get, findings);
            outputs.add(output);
            if (output.table() != null) {
                tables.put(model.nodeId(), output.table());
            }
        }
        return new TableCatalog(tables, outputs);
    }

    /** The table of a node id, or null (a node of another project, a sink without inputs, a source without topic). */
    KafkaTable table(String nodeId) {
        return tables.get(nodeId);
    }

    /** The output of a model, or null. */
    ModelOutput output(String model) {
        return byName.get(model);
    }

    /** Every model's output, in dependency order. */
    List<ModelOutput> outputs() {
        return outputs;
    }
}
