package dev.streamt.compiler.core.project;

import dev.streamt.compiler.core.project.policy.Safety;
import java.util.Objects;

/**
 * The environment a project was compiled for ({@code environments/<name>.yml}): its {@code environment} block
 * ({@code name}, {@code description}, {@code protected}) and its {@code safety}. Its {@code runtime} and {@code vars}
 * are already merged into the project's.
 */
public record EnvironmentDefinition(String name, String description, boolean protectedEnvironment, Safety safety,
        Positions positions) implements Located {

    public EnvironmentDefinition {
        Immutable.name(name, "environment name");
        Objects.requireNonNull(safety, "safety");
        Objects.requireNonNull(positions, "positions");
    }
}
