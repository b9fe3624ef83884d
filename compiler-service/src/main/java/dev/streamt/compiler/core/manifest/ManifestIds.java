package dev.streamt.compiler.core.manifest;

import dev.streamt.contracts.json.Sha256;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.Manifest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The content id of a manifest: {@code sha256:} of its canonical JSON (the contract's codec: stable field order, sorted
 * map keys) without {@code id} and {@code compiled_at}, so compiling the same project twice gives the same id. Pure.
 */
public final class ManifestIds {

    /** A well-formed id used while the real one is computed. */
    public static final String PLACEHOLDER = "sha256:" + "0".repeat(64);

    private ManifestIds() {
    }

    /** The id the manifest's content deserves. */
    public static String idOf(Manifest manifest) {
        Map<String, Object> canonical = new TreeMap<>(StreamtJson.toMap(manifest));
        canonical.remove("id");
        canonical.remove("compiled_at");
        return "sha256:" + sha256(StreamtJson.toBytes(canonical));
    }

    /** The same manifest carrying its content id. */
    public static Manifest withContentId(Manifest draft) {
        return draft.withIdentity(idOf(draft), draft.compiledAt());
    }

    static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
