package dev.streamt.compiler.core;

import dev.streamt.contracts.manifest.Manifest;
import java.util.Optional;

/**
 * The latest manifests of other projects, for {@code ref("project.model")}. Implementations must be safe to call from the
 * compiling thread and return quickly (they are asked once per referenced project).
 */
@FunctionalInterface
public interface ForeignManifests {

    /** No other project is known. */
    ForeignManifests NONE = (project, environment) -> Optional.empty();

    /** The latest manifest of {@code project} for {@code environment} (null: the project's only environment). */
    Optional<Manifest> latest(String project, String environment);
}
