package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.manifest.Manifest;

/**
 * Event {@code dev.streamt.manifest.compiled.v1}: a project compiled. Carries the whole {@code manifest} (event-carried
 * state) and the {@code diagnostics} of the compilation (warnings only, since it is valid).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ManifestCompiled(Manifest manifest, Diagnostics diagnostics) {

    public ManifestCompiled {
        Require.nonNull(manifest, "manifest");
        diagnostics = diagnostics == null ? Diagnostics.NONE : diagnostics;
    }
}
