package dev.streamt.compiler.api;

import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.runtime.http.Problem;
import dev.streamt.runtime.http.ProblemException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads a project upload in any of the three forms of API.md — one YAML file, a JSON map of files, a tar.gz of the
 * project folder — into its files (path → bytes; decoding them is the loader's job, so a non-UTF-8 file becomes a
 * diagnostic on that file). Every read is bounded: the body, each archive entry, the archive's total unpacked size and
 * its number of entries, so a huge or hostile upload costs little and ends in a problem response. Stateless.
 */
public final class ProjectUploadReader {

    /** The limits of one upload. */
    public record Limits(long maxBodyBytes, long maxUnpackedBytes, int maxFiles) {
        public static final Limits DEFAULT = new Limits(16L << 20, 64L << 20, 20_000);
    }

    static final String PROJECT_FILE = dev.streamt.compiler.core.project.load.ProjectFiles.PROJECT_FILE;

    private final Limits limits;

    public ProjectUploadReader(Limits limits) {
        this.limits = limits;
    }

    /** Reads the body according to its media type ({@code application/yaml}, {@code application/json}, {@code application/gzip}). */
    public Map<String, byte[]> read(String mediaType, InputStream body) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/gzip") || type.startsWith("application/x-gzip")
                || type.startsWith("application/x-tar") || type.startsWith("application/octet-stream")) {
            return readTarGz(body);
        }
        byte[] bytes = readBounded(body, limits.maxBodyBytes(), "the upload");
        if (type.startsWith("application/json")) {
            return readJson(bytes);
        }
        if (type.startsWith("application/yaml") || type.startsWith("application/x-yaml") || type.startsWith("text/yaml")
                || type.startsWith("text/plain")) {
            return Map.of(PROJECT_FILE, bytes);
        }
        throw new ProblemException(Problem.of(415, "unsupported-project-format", "Unsupported project format",
                "A project is sent as application/yaml (one stream_project.yml), application/json "
                        + "({\"files\": {path: text}}) or application/gzip (a tar.gz of the project folder); got '"
                        + mediaType + "'."));
    }

    private Map<String, byte[]> readJson(byte[] bytes) {
        dev.streamt.contracts.http.ProjectFiles upload;
        try {
            upload = StreamtJson.fromJson(bytes, dev.streamt.contracts.http.ProjectFiles.class);
        } catch (RuntimeException e) {
            throw new ProblemException(Problem.of(400, "malformed-project-upload", "Malformed project upload",
                    "The JSON body must be {\"files\": {\"stream_project.yml\": \"...\", ...}}: " + e.getMessage()));
        }
        if (upload.files().size() > limits.maxFiles()) {
            throw tooLarge("The upload has " + upload.files().size() + " files; the limit is " + limits.maxFiles() + ".");
        }
        Map<String, byte[]> files = new TreeMap<>();
        upload.files().forEach((path, text) -> files.put(path,
                text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8)));
        return ProjectPaths.normaliseAll(files);
    }

    private Map<String, byte[]> readTarGz(InputStream body) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long unpacked = 0;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(
                new BoundedInputStream(body, limits.maxBodyBytes())))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (!entry.isFile()) {
                    continue;
                }
                if (files.size() >= limits.maxFiles()) {
                    throw tooLarge("The archive has more than " + limits.maxFiles() + " files.");
                }
                byte[] content = readBounded(tar, limits.maxUnpackedBytes() - unpacked, "the unpacked archive");
                unpacked += content.length;
                if (files.put(entry.getName(), content) != null) {
                    // A tar may hold one name twice; which copy counts must not be left to the archive's order.
                    throw new ProblemException(Problem.of(400, "malformed-project-upload", "Malformed project upload",
                            "The archive holds " + ProjectPaths.printable(entry.getName())
                                    + " more than once: pack each file once."));
                }
            }
        } catch (IOException e) {
            if (e instanceof BoundedInputStream.LimitExceeded) {
                throw tooLarge("The upload is larger than " + megabytes(limits.maxBodyBytes()) + ".");
            }
            throw new ProblemException(Problem.of(400, "malformed-project-upload", "Malformed project upload",
                    "The body is not a readable tar.gz archive: " + describe(e)));
        }
        return ProjectPaths.rootAtProjectFile(files);
    }

    private byte[] readBounded(InputStream in, long limit, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > limit) {
                    throw tooLarge("The size of " + what + " exceeds the limit of " + megabytes(limit) + ".");
                }
                out.write(buffer, 0, n);
            }
        } catch (BoundedInputStream.LimitExceeded e) {
            throw tooLarge("The upload is larger than " + megabytes(limits.maxBodyBytes()) + ".");
        } catch (IOException e) {
            throw new ProblemException(Problem.of(400, "malformed-project-upload", "Malformed project upload",
                    "Cannot read " + what + ": " + describe(e)));
        }
        return out.toByteArray();
    }

    /** What went wrong reading the archive, in words (a truncated archive's EOFException has no message). */
    private static String describe(IOException e) {
        if (e instanceof java.io.EOFException) {
            return "it ends before its last entry is complete (truncated upload?)";
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
    }

    private ProblemException tooLarge(String detail) {
        return new ProblemException(tooLargeProblem(limits, detail));
    }

    /** The one answer to an upload over a limit, whether the header or the reading finds it. */
    static Problem tooLargeProblem(Limits limits, String detail) {
        return Problem.of(413, "project-too-large", "Project too large", detail)
                .with("max_upload_bytes", limits.maxBodyBytes())
                .with("max_unpacked_bytes", limits.maxUnpackedBytes())
                .with("max_files", limits.maxFiles());
    }

    private static String megabytes(long bytes) {
        return (bytes >> 20) + " MiB";
    }
}
