package dev.streamt.compiler.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import jakarta.validation.constraints.Min;
import java.util.Optional;

/**
 * How a compiled manifest reaches its consumers, under {@code streamt.compiler.manifests.}: inside its
 * {@code ManifestCompiled} event up to {@code inline-limit-bytes}, by reference above it (ARCHITECTURE.md, Messages).
 */
@ConfigMapping(prefix = "streamt.compiler.manifests")
public interface ManifestPublication {

    /**
     * The largest manifest (its JSON, in bytes) sent inside its event. Above it the event carries a
     * {@code manifest_ref}; kept well below the topics' 16 MiB so the envelope and the diagnostics always fit.
     */
    @WithName("inline-limit-bytes")
    @WithDefault("4194304")
    @Min(1024)
    int inlineLimitBytes();

    /**
     * The address other services reach this compiler's HTTP API at, e.g. {@code http://compiler-service:8080} in
     * Kubernetes; absent means {@code http://localhost:<the HTTP port>} (one machine).
     */
    @WithName("public-url")
    Optional<String> publicUrl();
}
