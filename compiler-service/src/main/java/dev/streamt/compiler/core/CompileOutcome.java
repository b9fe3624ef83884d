package dev.streamt.compiler.core;

import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.manifest.Manifest;
import java.util.Objects;

/**
 * What a compilation produced: the manifest when the project is valid (null otherwise) and every diagnostic.
 *
 * @param project     the project's name as far as it could be read (null when not even that)
 * @param environment the environment compiled for, or null
 */
public record CompileOutcome(String project, String environment, Manifest manifest, Diagnostics diagnostics) {
    public CompileOutcome {
        Objects.requireNonNull(diagnostics, "diagnostics");
        if ((manifest != null) != diagnostics.valid()) {
            throw new IllegalArgumentException("a manifest exists exactly when the project is valid");
        }
    }

    public boolean valid() {
        return diagnostics.valid();
    }
}
