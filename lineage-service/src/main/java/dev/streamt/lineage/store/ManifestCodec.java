package dev.streamt.lineage.store;

import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.Manifest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** How a manifest is kept in the database: the contracts' JSON, gzip-compressed (manifests compress about tenfold). */
public final class ManifestCodec {

    private ManifestCodec() {
    }

    public static byte[] encode(Manifest manifest) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(StreamtJson.toBytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress manifest " + manifest.id(), e);
        }
        return bytes.toByteArray();
    }

    public static Manifest decode(byte[] stored) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return StreamtJson.fromJson(gzip.readAllBytes(), Manifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decompress a stored manifest", e);
        }
    }
}
