package dev.streamt.compiler.app;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The URL at which this compiler serves the exact bytes of one compile of a manifest (what a {@code manifest_ref}
 * points to): {@code <public url>/api/v1/manifests/<id>?compiled_at=<instant>}.
 */
@ApplicationScoped
public class ManifestUrls {

    @Inject
    ManifestPublication publication;

    public String manifestUrl(String manifestId, Instant compiledAt) {
        return base() + "/api/v1/manifests/" + URLEncoder.encode(manifestId, StandardCharsets.UTF_8)
                + "?compiled_at=" + URLEncoder.encode(compiledAt.toString(), StandardCharsets.UTF_8);
    }

    private String base() {
        return publication.publicUrl().map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                .orElseGet(() -> "http://localhost:" + httpPort());
    }

    /** The port this process listens on (in tests the one Quarkus picked, when it picks one). */
    private static int httpPort() {
        var config = ConfigProvider.getConfig();
        if (LaunchMode.current() == LaunchMode.TEST) {
            return config.getOptionalValue("quarkus.http.test-port", Integer.class).orElse(8081);
        }
        return config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8081);
    }
}
