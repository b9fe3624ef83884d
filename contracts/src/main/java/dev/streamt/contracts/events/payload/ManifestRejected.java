package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.diagnostics.Diagnostics;

/**
 * Event {@code dev.streamt.manifest.rejected.v1}: a project did not compile; the {@code diagnostics} say why.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ManifestRejected(String project, @Nullable String environment, Diagnostics diagnostics) {

    public ManifestRejected {
        Require.nonBlank(project, "project");
        Require.nullOrNonBlank(environment, "environment");
        Require.nonNull(diagnostics, "diagnostics");
    }
}
