package dev.streamt.compiler.core.project;

import static dev.streamt.compiler.core.project.TestProjects.assertAt;
import static dev.streamt.compiler.core.project.TestProjects.load;
import static dev.streamt.compiler.core.project.TestProjects.loadWithHeader;
import static dev.streamt.compiler.core.project.TestProjects.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.contracts.diagnostics.Diagnostic;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DuplicatesTest {

    @Test
    void duplicateSourcePointsAtTheSecondAndNamesTheFirst() {
        LoadResult result = load("""
                project:
                  name: t
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                sources:
                - name: payments_raw
                  topic: t1
                - name: payments_raw
                  topic: t2
                """);

        Diagnostic diagnostic = only(result, "DUPLICATE_SOURCE");
        assertAt(diagnostic, "stream_project.yml", 10, 3, "sources[1].name");
        assertThat(diagnostic.message()).isEqualTo(
                "Source 'payments_raw' is defined twice: first at stream_project.yml:8:3 (sources[0].name)");
        assertThat(result.project().sources()).hasSize(1);
        assertThat(result.project().source("payments_raw").orElseThrow().topic()).isEqualTo("t1");
    }

    @Test
    void duplicatesAcrossFilesOfEveryKind() {
        String definitions = """
                sources:
                - name: s
                  topic: t
                models:
                - name: m
                  sql: SELECT 1
                tests:
                - name: q
                  model: m
                  type: schema
                exposures:
                - name: e
                  type: dashboard
                """;
        LoadResult result = load(Map.of("stream_project.yml", TestProjects.HEADER + definitions,
                "models/again.yml", definitions), null, Map.of());

        assertThat(result.codes()).containsExactly("DUPLICATE_SOURCE", "DUPLICATE_MODEL", "DUPLICATE_TEST",
                "DUPLICATE_EXPOSURE");
        assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.file()).isEqualTo("models/again.yml"));
        assertAt(result.diagnostics().get(0), "models/again.yml", 2, 3, "sources[0].name");
        assertAt(result.diagnostics().get(1), "models/again.yml", 5, 3, "models[0].name");
        assertAt(result.diagnostics().get(2), "models/again.yml", 8, 3, "tests[0].name");
        assertAt(result.diagnostics().get(3), "models/again.yml", 12, 3, "exposures[0].name");
        assertThat(result.diagnostics().get(1).message()).contains("first at stream_project.yml:11:3");
        assertThat(result.diagnostics().get(3).message()).startsWith("Exposure 'e' is defined twice");
        assertThat(result.project().models()).hasSize(1);
    }

    @Test
    void theSameNameMayBeUsedByDifferentKinds() {
        ProjectDefinition project = TestProjects.validWithHeader("""
                sources:
                - name: orders
                  topic: orders.v1
                models:
                - name: orders
                  sql: SELECT 1
                """);

        assertThat(project.source("orders")).isPresent();
        assertThat(project.model("orders")).isPresent();
    }

    @Test
    void aSourceWithoutTopicIsMissingTopicAndStaysResolvable() {
        LoadResult result = loadWithHeader("""
                sources:
                - name: no_topic
                  description: forgot the topic
                - name: blank_topic
                  topic: "  "
                """);

        assertThat(result.codes()).containsExactly("MISSING_TOPIC", "MISSING_TOPIC");
        assertAt(result.diagnostics().get(0), "stream_project.yml", 8, 3, "sources[0].topic");
        assertThat(result.diagnostics().get(0).message()).isEqualTo("Source 'no_topic' has no topic");
        assertThat(result.project().source("no_topic").orElseThrow().topic()).isNull();
        assertThat(result.project().source("blank_topic")).isPresent();
    }

    @Test
    void aTopicOfTheWrongTypeIsInvalidValueNotMissingTopic() {
        assertThat(only(loadWithHeader("sources:\n- name: s\n  topic: [a, b]\n"), "INVALID_VALUE").path())
                .isEqualTo("sources[0].topic");
    }

    @Test
    void definitionNamesMustBeIdentifiers() {
        LoadResult result = loadWithHeader("""
                models:
                - name: orders.clean
                  sql: SELECT 1
                - name: orders clean
                  sql: SELECT 1
                - name: orders-clean_2
                  sql: SELECT 1
                """);

        assertThat(result.codes()).containsExactly("INVALID_VALUE", "INVALID_VALUE");
        assertAt(result.diagnostics().get(0), "stream_project.yml", 8, 9, "models[0].name");
        assertThat(result.project().models()).extracting(ModelDefinition::name).containsExactly("orders-clean_2");
    }

    @Test
    void itemsThatAreNotMappingsAreReportedOnce() {
        LoadResult result = loadWithHeader("models:\n- just_a_name\nsources: {name: s}\n");

        assertThat(result.codes()).containsExactly("INVALID_VALUE", "INVALID_VALUE");
        assertAt(result.diagnostics().get(0), "stream_project.yml", 8, 3, "models[0]");
        assertAt(result.diagnostics().get(1), "stream_project.yml", 9, 10, "sources");
    }
}
