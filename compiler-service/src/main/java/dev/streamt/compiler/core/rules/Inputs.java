package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.ProjectDefinition;

/** What a {@code {source|ref}} entry written in YAML names, as a DAG node id. */
final class Inputs {

    private Inputs() {
    }

    /**
     * The node id of {@code input}: {@code source.x}, {@code model.x}, or {@code p:model.x} for
     * {@code ref: p.x}; a bare name is the model of that name if there is one, else the source; null when a bare name
     * names neither (the planner reports that).
     */
    static String nodeIdOf(InputRef input, ProjectDefinition project) {
        switch (input.kind()) {
            case SOURCE:
                return "source." + input.name();
            case REF:
                int dot = input.name().indexOf('.');
                return dot > 0 ? input.name().substring(0, dot) + ":model." + input.name().substring(dot + 1)
                        : "model." + input.name();
            default:
                if (project.model(input.name()).isPresent()) {
                    return "model." + input.name();
                }
                return project.source(input.name()).isPresent() ? "source." + input.name() : null;
        }
    }
}
