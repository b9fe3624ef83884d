package dev.streamt.compiler.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.compiler.core.project.load.ProjectFiles;
import dev.streamt.compiler.core.project.load.ProjectLoader;
import dev.streamt.contracts.diagnostics.Diagnostic;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds projects from text and finds diagnostics, for the tests of this package. */
final class TestProjects {

    /** A runtime that needs nothing else. */
    static final String HEADER = """
            project:
              name: shop
              version: 1.0.0
            runtime:
              kafka:
                bootstrap_servers: localhost:9092
            """;

    private TestProjects() {
    }

    /** Loads a project made of one stream_project.yml. */
    static LoadResult load(String streamProject) {
        return load(Map.of(ProjectFiles.PROJECT_FILE, streamProject), null, Map.of());
    }

    /** Loads {@link #HEADER} followed by {@code rest}. */
    static LoadResult loadWithHeader(String rest) {
        return load(HEADER + rest);
    }

    static LoadResult load(Map<String, String> files, String environment, Map<String, String> vars) {
        return new ProjectLoader().load(ProjectFiles.ofText(new LinkedHashMap<>(files)), environment, vars);
    }

    /** Loads a project that must read without any diagnostic. */
    static ProjectDefinition valid(String streamProject) {
        LoadResult result = load(streamProject);
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.project()).isNotNull();
        return result.project();
    }

    /** {@link #valid} of {@link #HEADER} followed by {@code rest}. */
    static ProjectDefinition validWithHeader(String rest) {
        return valid(HEADER + rest);
    }

    /** The only diagnostic of the result, which must have {@code code}. */
    static Diagnostic only(LoadResult result, String code) {
        assertThat(result.codes()).as("diagnostics %s", result.diagnostics()).containsExactly(code);
        return result.diagnostics().get(0);
    }

    /** The diagnostics with {@code code}. */
    static List<Diagnostic> all(LoadResult result, String code) {
        return result.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
    }

    /** Asserts file, line, column and path of a diagnostic. */
    static void assertAt(Diagnostic diagnostic, String file, int line, int column, String path) {
        assertThat(diagnostic.file()).as("file of %s", diagnostic).isEqualTo(file);
        assertThat(diagnostic.line()).as("line of %s", diagnostic).isEqualTo(line);
        assertThat(diagnostic.column()).as("column of %s", diagnostic).isEqualTo(column);
        assertThat(diagnostic.path()).as("path of %s", diagnostic).isEqualTo(path);
    }

    /** Asserts file, line, column and path of a span. */
    static void assertAt(Span span, String file, int line, int column, String path) {
        assertThat(span).isEqualTo(new Span(file, line, column, path));
    }
}
