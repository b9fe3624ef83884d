package dev.streamt.compiler.core;

import dev.streamt.compiler.core.project.SourceDefinition;
import dev.streamt.contracts.manifest.Model;
import java.util.Objects;

/**
 * An input a model reads, resolved to what it is: a source of this project, a model of this project, or a model of
 * another project (from that project's latest manifest).
 *
 * @param table         the Flink table name the SQL uses for it
 * @param nodeId        {@code source.x}, {@code model.y} or {@code project:model.z}
 * @param source        the source, when it is one
 * @param modelName     the model of this project, when it is one
 * @param foreignModel  the other project's model, when it is one
 */
record ResolvedInput(String table, String nodeId, SourceDefinition source, String modelName, Model foreignModel) {

    ResolvedInput {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(nodeId, "nodeId");
    }

    static ResolvedInput source(SourceDefinition source) {
        return new ResolvedInput(source.name(), "source." + source.name(), source, null, null);
    }

    static ResolvedInput model(String name) {
        return new ResolvedInput(name, "model." + name, null, name, null);
    }

    static ResolvedInput foreign(String project, Model model) {
        return new ResolvedInput(project + "__" + model.name(), project + ":model." + model.name(), null, null, model);
    }
}
