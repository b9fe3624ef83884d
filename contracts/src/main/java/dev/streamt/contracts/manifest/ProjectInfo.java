package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/**
 * The {@code project} block of a compiled project: its {@code name} (the identity of the project everywhere on the
 * platform, part of every Kafka key), and optional {@code version}, {@code description}, {@code owner} and
 * {@code group} (the group that {@code protected} models of other projects may allow).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProjectInfo(
        String name,
        @Nullable String version,
        @Nullable String description,
        @Nullable String owner,
        @Nullable String group) {

    public ProjectInfo {
        Require.nonBlank(name, "project.name");
        Require.nullOrNonBlank(group, "project.group");
    }

    /** A project with only a name. */
    public static ProjectInfo named(String name) {
        return new ProjectInfo(name, null, null, null, null);
    }
}
