package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.ContractViolationException;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.manifest.Manifest;

/**
 * Event {@code dev.streamt.manifest.compiled.v1}: a project compiled. Carries the whole {@code manifest} (event-carried
 * state) or, when the manifest is larger than the compiler sends inline, a {@code manifest_ref} to fetch it by; exactly
 * one of the two. {@code diagnostics} are those of the compilation (warnings only, since it is valid).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ManifestCompiled(@Nullable Manifest manifest, @Nullable ManifestRef manifestRef, Diagnostics diagnostics) {

    public ManifestCompiled {
        if ((manifest == null) == (manifestRef == null)) {
            throw new ContractViolationException("manifest, manifest_ref: exactly one of them must be set");
        }
        diagnostics = diagnostics == null ? Diagnostics.NONE : diagnostics;
    }

    /** The manifest carried inline. */
    public ManifestCompiled(Manifest manifest, Diagnostics diagnostics) {
        this(manifest, null, diagnostics);
    }

    /** A manifest sent by reference. */
    public static ManifestCompiled byReference(ManifestRef ref, Diagnostics diagnostics) {
        return new ManifestCompiled(null, ref, diagnostics);
    }

    /** The id of the manifest, inline or referenced. */
    public String manifestId() {
        return manifest != null ? manifest.id() : manifestRef.id();
    }
}
