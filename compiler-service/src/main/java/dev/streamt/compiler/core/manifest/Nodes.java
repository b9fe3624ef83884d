package dev.streamt.compiler.core.manifest;

import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.ProjectDefinition;
import java.util.Optional;

/**
 * The node ids that tests and exposures point at. Unknown names resolve to nothing here: the rules report them
 * (TEST_MODEL_NOT_FOUND, EXPOSURE_*_NOT_FOUND). Pure.
 */
final class Nodes {

    private Nodes() {
    }

    /** A test's target: a model of that name, else a source. */
    static Optional<String> testTarget(ProjectDefinition project, String name) {
        if (name == null) {
            return Optional.empty();
        }
        if (project.modelNames().contains(name)) {
            return Optional.of("model." + name);
        }
        return project.sourceNames().contains(name) ? Optional.of("source." + name) : Optional.empty();
    }

    /** An exposure's input or output. */
    static Optional<String> of(ProjectDefinition project, InputRef ref) {
        boolean model = project.modelNames().contains(ref.name());
        boolean source = project.sourceNames().contains(ref.name());
        switch (ref.kind()) {
            case SOURCE:
                return source ? Optional.of("source." + ref.name()) : Optional.empty();
            case REF:
                return model ? Optional.of("model." + ref.name()) : Optional.empty();
            default:
                return model ? Optional.of("model." + ref.name())
                        : source ? Optional.of("source." + ref.name()) : Optional.empty();
        }
    }
}
