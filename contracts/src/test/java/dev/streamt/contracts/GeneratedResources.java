package dev.streamt.contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generated files committed under {@code src/main/resources}: read for comparison, rewritten when the build runs
 * with {@code -Dstreamt.schemas.write=true}.
 */
public final class GeneratedResources {

    private GeneratedResources() {
    }

    public static boolean writeRequested() {
        return Boolean.getBoolean("streamt.schemas.write");
    }

    public static Path path(String resource) {
        String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
        return Path.of(basedir, "src", "main", "resources").resolve(resource);
    }

    /** The committed text, or an empty string when the file does not exist yet. */
    public static String read(String resource) throws IOException {
        Path file = path(resource);
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n") : "";
    }

    public static void write(String resource, String text) throws IOException {
        Path file = path(resource);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
