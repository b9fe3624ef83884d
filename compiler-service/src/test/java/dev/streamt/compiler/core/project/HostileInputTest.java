package dev.streamt.compiler.core.project;

import static dev.streamt.compiler.core.project.TestProjects.assertAt;
import static dev.streamt.compiler.core.project.TestProjects.only;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.compiler.core.project.load.LoaderLimits;
import dev.streamt.compiler.core.project.load.ProjectFiles;
import dev.streamt.compiler.core.project.load.ProjectLoader;
import dev.streamt.contracts.diagnostics.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Untrusted input costs bounded time and memory and ends as diagnostics, never as exceptions. */
class HostileInputTest {

    private static final Duration FAST = Duration.ofSeconds(5);

    private static LoadResult loadBytes(Map<String, byte[]> files) {
        return assertTimeoutPreemptively(FAST, () -> new ProjectLoader().load(ProjectFiles.of(files), null, Map.of()));
    }

    private static LoadResult loadText(String streamProject) {
        return loadBytes(Map.of("stream_project.yml", streamProject.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileThatIsNotUtf8IsADiagnosticNamingTheByte() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("project:\n  name: caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));

        LoadResult result = loadBytes(Map.of("stream_project.yml", bytes.toByteArray(),
                "models/b.yml", "models:\n- name: b\n  colour: red\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(result.codes()).containsExactly("UNKNOWN_FIELD", "YAML_SYNTAX_ERROR");
        Diagnostic encoding = result.diagnostics().get(1);
        assertAt(encoding, "stream_project.yml", 2, 12, null);
        assertThat(encoding.message()).isEqualTo("File 'stream_project.yml' is not valid UTF-8: byte 0xE9 at offset 20 "
                + "(line 2, column 12) cannot be decoded");
        assertThat(result.project()).isNull();
    }

    @Test
    void utf16IsRecognisedAndAUtf8ByteOrderMarkIsAccepted() {
        byte[] utf16 = "\uFEFFproject:\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(only(loadBytes(Map.of("stream_project.yml", utf16)), "YAML_SYNTAX_ERROR").message())
                .contains("UTF-16");

        LoadResult bom = loadText("\uFEFF" + TestProjects.HEADER + "sources:\n- name: s\n  topic: t\n  x: 1\n");
        assertAt(only(bom, "UNKNOWN_FIELD"), "stream_project.yml", 10, 3, "sources[0].x");
    }

    @Test
    void aBillionLaughsDocumentStopsAtTheAliasLimit() {
        StringBuilder yaml = new StringBuilder(TestProjects.HEADER).append("vars:\n  a: &a [lol, lol, lol, lol, lol, "
                + "lol, lol, lol, lol]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char previous = (char) (level - 1);
            yaml.append("  ").append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
        }

        Diagnostic diagnostic = only(loadText(yaml.toString()), "YAML_SYNTAX_ERROR");

        assertThat(diagnostic.message()).contains("aliases");
        assertThat(diagnostic.hint()).contains("at most 50 aliases");
        assertThat(diagnostic.line()).isGreaterThan(7);
    }

    @Test
    void aBombUnderTheAliasLimitStopsAtTheExpansionLimit() {
        StringBuilder yaml = new StringBuilder(TestProjects.HEADER).append("vars:\n  l0: &l0 [lol, lol]\n");
        for (int level = 1; level <= 24; level++) {
            yaml.append("  l").append(level).append(": &l").append(level).append(" [*l").append(level - 1)
                    .append(", *l").append(level - 1).append("]\n");
        }

        Diagnostic diagnostic = only(loadText(yaml.toString()), "INVALID_VALUE");

        assertThat(diagnostic.message()).contains("expands through aliases to more than 2000000 nodes");
    }

    @Test
    void aRecursiveAliasIsRefused() {
        Diagnostic diagnostic = only(loadText(TestProjects.HEADER + "vars:\n  loop: &loop\n    again: *loop\n"),
                "INVALID_VALUE");

        assertThat(diagnostic.message()).contains("recursive alias");
    }

    @Test
    void sharingBlocksWithAnchorsAndMergeKeysWorks() {
        ProjectDefinition project = TestProjects.validWithHeader("""
                models:
                - name: a
                  sql: SELECT 1
                  advanced: &shared
                    topic:
                      partitions: 6
                - name: b
                  sql: SELECT 2
                  advanced: *shared
                - <<: {owner: team, description: merged}
                  name: c
                  sql: SELECT 3
                """);

        assertThat(project.model("b").orElseThrow().topic().partitions()).isEqualTo(6);
        assertThat(project.model("c").orElseThrow().owner()).isEqualTo("team");
    }

    @Test
    void veryDeepNestingStopsAtTheDepthLimit() {
        String deep = TestProjects.HEADER + "vars:\n  deep: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";

        Diagnostic diagnostic = only(loadText(deep), "INVALID_VALUE");

        assertThat(diagnostic.message()).isEqualTo("YAML nesting in 'stream_project.yml' is deeper than 64 levels");
        assertThat(diagnostic.line()).isEqualTo(8);
    }

    @Test
    void aTenMegabyteFileIsRefusedQuickly() {
        byte[] huge = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) '#');

        Diagnostic diagnostic = only(loadBytes(Map.of("stream_project.yml", huge)), "INVALID_VALUE");

        assertThat(diagnostic.message()).contains("too large").contains("10,485,760 bytes");
    }

    @Test
    void theLimitsAreConfigurable() {
        LoaderLimits small = new LoaderLimits(200, 1, 3, 1000);
        String project = TestProjects.HEADER + "vars:\n  a: {b: {c: 1}}\n";

        LoadResult result = new ProjectLoader(small).load(ProjectFiles.ofText(Map.of("stream_project.yml", project)),
                null, Map.of());

        assertThat(only(result, "INVALID_VALUE").message()).contains("deeper than 3 levels");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirPosition() {
        Diagnostic unclosed = only(loadText(TestProjects.HEADER + "models:\n- name: a\n  sql: [unclosed\n"),
                "YAML_SYNTAX_ERROR");
        assertAt(unclosed, "stream_project.yml", 10, 1, null);
        assertThat(unclosed.message()).isEqualTo("YAML syntax error in 'stream_project.yml': expected ',' or ']', but "
                + "got <stream end> (while parsing a flow sequence started at line 9, column 8)");
        assertThat(unclosed.hint()).contains("around line 10");

        Diagnostic indentation = only(loadText(TestProjects.HEADER + "models:\n- name: a\n   sql: x\n"),
                "YAML_SYNTAX_ERROR");
        assertAt(indentation, "stream_project.yml", 9, 7, null);
        assertThat(indentation.message()).endsWith("mapping values are not allowed here");

        Diagnostic tab = only(loadText(TestProjects.HEADER + "models:\n- name: a\n\tsql: x\n"), "YAML_SYNTAX_ERROR");
        assertAt(tab, "stream_project.yml", 9, 1, null);
        assertThat(tab.message()).contains("TAB");

        Diagnostic alias = only(loadText(TestProjects.HEADER + "models:\n- name: a\n  sql: *nowhere\n"),
                "YAML_SYNTAX_ERROR");
        assertAt(alias, "stream_project.yml", 9, 8, null);
        assertThat(alias.message()).endsWith("found undefined alias nowhere");

        Diagnostic jinja = only(loadText(TestProjects.HEADER + "models:\n- name: a\n  sql: {{ ref('b') }} x\n"),
                "YAML_SYNTAX_ERROR");
        assertThat(jinja.line()).isEqualTo(9);
        assertThat(jinja.hint()).contains("must be quoted or written as a block scalar");
    }

    @Test
    void refusesSeveralDocumentsInOneFile() {
        Diagnostic diagnostic = only(loadText(TestProjects.HEADER + "---\nmodels: []\n"), "INVALID_VALUE");

        assertThat(diagnostic.line()).isEqualTo(8);
        assertThat(diagnostic.message()).contains("2 YAML documents");
    }

    @Test
    void refusesControlCharactersAsYamlErrors() {
        assertThat(loadText(TestProjects.HEADER + "vars:\n  x: \"a\u0007b\"\n").codes())
                .containsExactly("YAML_SYNTAX_ERROR");
    }

    @Test
    void anEmptyProjectFileNeedsAProjectBlockAndARuntime() {
        LoadResult empty = loadText("");
        assertThat(empty.diagnostics()).extracting(Diagnostic::message).containsExactly(
                "'project' is required in stream_project.yml", "'runtime.kafka.bootstrap_servers' is required");
        assertThat(empty.project()).isNull();
        assertThat(loadText("- a\n- b\n").diagnostics()).extracting(Diagnostic::message)
                .contains("The top level of 'stream_project.yml' must be a mapping, got a list");
    }
}
