package dev.streamt.compiler.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The example projects of the repository (examples/), as a test sends them. */
final class Examples {

    private Examples() {
    }

    static Path root() {
        return Path.of("..", "examples").toAbsolutePath().normalize();
    }

    static String payments() {
        return paymentsFiles().get("stream_project.yml");
    }

    static Map<String, String> paymentsFiles() {
        return files("payments");
    }

    static Map<String, String> files(String example) {
        Path dir = root().resolve(example);
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
