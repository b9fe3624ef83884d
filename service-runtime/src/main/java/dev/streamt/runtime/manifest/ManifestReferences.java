package dev.streamt.runtime.manifest;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.events.payload.ManifestRef;
import dev.streamt.contracts.json.Sha256;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.runtime.config.StreamtRuntimeConfig;
import dev.streamt.runtime.inbox.DeferredCommands;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The manifest of a {@code ManifestCompiled} event, whether it travels inside the event or by reference. A referenced
 * manifest is fetched from the compiler's URL, read up to its announced size and accepted only when its SHA-256 and
 * its id are those of the reference: a consumer never acts on bytes the compiler did not announce.
 *
 * <p>Thread-safe; blocks the caller while fetching (at most {@code streamt.manifest-fetch.timeout}).
 */
@ApplicationScoped
public class ManifestReferences {

    private static final Logger LOG = Logger.getLogger(ManifestReferences.class);
    private static final int CHUNK = 64 * 1024;

    @Inject
    StreamtRuntimeConfig config;

    @Inject
    DeferredCommands deferred;

    private volatile HttpClient client;

    /**
     * The event's manifest.
     *
     * @throws ManifestFetchException when a referenced manifest cannot be fetched or is not the one announced
     */
    public Manifest manifestOf(ManifestCompiled compiled) {
        if (compiled.manifest() != null) {
            return compiled.manifest();
        }
        return fetch(compiled.manifestRef());
    }

    /**
     * The event's manifest for a consumer that must not lose it when the compiler is briefly away (restarting, say):
     * empty when the manifest comes by reference and the compiler does not answer now, in which case the event is
     * deferred for {@code consumer} ({@link DeferredCommands}, which the consumer registered its handler with) and
     * handled again until {@code streamt.manifest-fetch.patience} is over. Call inside the handler's transaction; on
     * empty, the handler returns {@link dev.streamt.runtime.inbox.HandlerOutcome#DEFERRED}.
     *
     * @throws ManifestFetchException when the bytes are not the announced ones, or the compiler stayed away too long
     */
    public Optional<Manifest> manifestOrDefer(String consumer, CloudEvent<?> event, ManifestCompiled compiled) {
        try {
            return Optional.of(manifestOf(compiled));
        } catch (ManifestFetchException e) {
            if (e.isTransient() && deferred.defer(consumer, event, "manifest-fetch:" + compiled.manifestId(),
                    config.manifestFetch().patience())) {
                LOG.infof("%s will fetch manifest %s again: %s", consumer, compiled.manifestId(), e.getMessage());
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Fetches and checks a referenced manifest. */
    public Manifest fetch(ManifestRef ref) {
        long max = config.manifestFetch().maxBytes();
        if (ref.sizeBytes() > max) {
            throw new ManifestFetchException(ref, "it is " + ref.sizeBytes() + " bytes, above this service's limit of "
                    + max + " (streamt.manifest-fetch.max-bytes)", false);
        }
        long started = System.nanoTime();
        byte[] body = download(ref);
        String digest = Sha256.hex(body);
        if (!digest.equals(ref.sha256())) {
            throw new ManifestFetchException(ref, "its SHA-256 is " + digest + ", not the announced " + ref.sha256(),
                    false);
        }
        Manifest manifest = StreamtJson.fromJson(body, Manifest.class);
        if (!manifest.id().equals(ref.id())) {
            throw new ManifestFetchException(ref, "the fetched manifest has id " + manifest.id(), false);
        }
        LOG.debugf("fetched manifest %s (%d bytes) in %d ms", ref.id(), body.length,
                (System.nanoTime() - started) / 1_000_000);
        return manifest;
    }

    private byte[] download(ManifestRef ref) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(ref.url())).timeout(config.manifestFetch().timeout())
                    .header("Accept", "application/json").GET().build();
        } catch (IllegalArgumentException e) {
            throw new ManifestFetchException(ref, "its URL is not valid: " + e.getMessage(), false);
        }
        try {
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    // 404: the compiler lost it or never had it; 5xx: it may answer later.
                    throw new ManifestFetchException(ref, "the compiler answered HTTP " + response.statusCode(),
                            response.statusCode() >= 500);
                }
                return readExactly(in, ref);
            }
        } catch (IOException e) {
            throw new ManifestFetchException(ref, "the compiler could not be read: " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ManifestFetchException(ref, "interrupted while fetching", true);
        }
    }

    /** The body, refused as soon as it exceeds the announced size, and when it ends short of it. */
    private static byte[] readExactly(InputStream in, ManifestRef ref) throws IOException {
        int size = (int) Math.min(Integer.MAX_VALUE - 8, ref.sizeBytes());
        byte[] body = new byte[size];
        int read = 0;
        while (read < size) {
            int n = in.read(body, read, Math.min(CHUNK, size - read));
            if (n < 0) {
                throw new ManifestFetchException(ref, "the body ended after " + read + " of " + size + " bytes", true);
            }
            read += n;
        }
        if (in.read() >= 0) {
            throw new ManifestFetchException(ref, "the body is longer than the announced " + size + " bytes", false);
        }
        return body;
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().connectTimeout(config.manifestFetch().timeout())
                            .followRedirects(HttpClient.Redirect.NEVER).build();
                }
                c = client;
            }
        }
        return c;
    }
}
