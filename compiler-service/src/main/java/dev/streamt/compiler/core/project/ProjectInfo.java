package dev.streamt.compiler.core.project;

import java.util.Objects;

/** The {@code project} block: {@code name} (matches {@code ^[a-z][a-z0-9_-]*$}), version, description, owner, group. */
public record ProjectInfo(String name, String version, String description, String owner, String group,
        Positions positions) implements Located {

    public ProjectInfo {
        Immutable.name(name, "project.name");
        Objects.requireNonNull(positions, "positions");
    }
}
