package dev.streamt.compiler.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** One folder of shared/acceptance/compile: the project's files and what the compiler must answer. */
record AcceptanceCase(String name, Map<String, String> files, JsonNode expected) {

    /** Where the cases are: -Dstreamt.acceptance.dir, else ../shared/acceptance beside the repository. */
    static Path root() {
        String configured = System.getProperty("streamt.acceptance.dir");
        Path dir = configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "acceptance");
        Path compile = dir.resolve("compile");
        if (!Files.isDirectory(compile)) {
            throw new IllegalStateException("acceptance cases not found at " + compile.toAbsolutePath()
                    + ": the repository expects shared/ beside it (or set -Dstreamt.acceptance.dir)");
        }
        return compile;
    }

    static List<AcceptanceCase> all() {
        List<AcceptanceCase> cases = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root())) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                cases.add(read(dir));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static AcceptanceCase read(Path dir) throws IOException {
        Path project = dir.resolve("project");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(project.relativize(file).toString().replace('\\', '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        JsonNode expected = new ObjectMapper().readTree(dir.resolve("expected.json").toFile());
        return new AcceptanceCase(dir.getFileName().toString(), files, expected);
    }

    @Override
    public String toString() {
        return name;
    }
}
