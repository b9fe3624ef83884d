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

/**
 * One acceptance case: the project's files and what the compiler must answer. The repository's own corpus is
 * {@code src/test/acceptance/compile} (its README says what each {@code expected.json} field means); a folder of more
 * cases in the same format may be added with {@code -Dstreamt.acceptance.dir} or found at {@code ../shared/acceptance}
 * beside the repository, never required. A case of the same name in the repository wins.
 */
record AcceptanceCase(String name, Map<String, String> files, JsonNode expected) {

    /** The repository's own cases, relative to the module. */
    static final Path OWN = Path.of("src", "test", "acceptance", "compile");

    /** The folders cases are read from: the repository's, then the optional extra one when it exists. */
    static List<Path> roots() {
        List<Path> roots = new ArrayList<>();
        if (!Files.isDirectory(OWN)) {
            throw new IllegalStateException("the repository's acceptance cases are missing at " + OWN.toAbsolutePath());
        }
        roots.add(OWN);
        String configured = System.getProperty("streamt.acceptance.dir");
        Path extra = (configured != null ? Path.of(configured) : Path.of("..", "..", "shared", "acceptance"))
                .resolve("compile");
        if (Files.isDirectory(extra)) {
            roots.add(extra);
        }
        return roots;
    }

    static List<AcceptanceCase> all() {
        Map<String, AcceptanceCase> cases = new TreeMap<>();
        for (Path root : roots()) {
            try (Stream<Path> dirs = Files.list(root)) {
                for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                    if (!cases.containsKey(dir.getFileName().toString())) {
                        AcceptanceCase c = read(dir);
                        cases.put(c.name(), c);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(cases.values());
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
