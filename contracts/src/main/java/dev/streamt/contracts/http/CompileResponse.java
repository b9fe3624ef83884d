package dev.streamt.contracts.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.manifest.Manifest;

/** The response of {@code POST /api/v1/compile} (201): the compiled {@code manifest} and its {@code diagnostics}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CompileResponse(Manifest manifest, Diagnostics diagnostics) {

    public CompileResponse {
        Require.nonNull(manifest, "manifest");
        diagnostics = diagnostics == null ? Diagnostics.NONE : diagnostics;
    }
}
