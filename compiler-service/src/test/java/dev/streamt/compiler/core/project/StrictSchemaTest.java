package dev.streamt.compiler.core.project;

import static dev.streamt.compiler.core.project.TestProjects.assertAt;
import static dev.streamt.compiler.core.project.TestProjects.loadWithHeader;
import static dev.streamt.compiler.core.project.TestProjects.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.runtime.text.DidYouMean;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictSchemaTest {

    @Test
    void reportsAnUnknownFieldWithDidYouMeanAtItsKey() {
        Diagnostic diagnostic = only(loadWithHeader("""
                models:
                - name: m
                  sql: SELECT 1
                  advanced:
                    topic:
                      partiton: 3
                """), "UNKNOWN_FIELD");

        assertAt(diagnostic, "stream_project.yml", 12, 7, "models[0].advanced.topic.partiton");
        assertThat(diagnostic.message()).isEqualTo("Unknown field 'partiton' in 'models[0].advanced.topic'");
        assertThat(diagnostic.hint()).isEqualTo("Did you mean 'partitions'?");
    }

    @Test
    void pointsMisplacedSettingsToTheirBlock() {
        Diagnostic diagnostic = only(loadWithHeader("models:\n- name: m\n  sql: SELECT 1\n  partitions: 3\n"),
                "UNKNOWN_FIELD");

        assertAt(diagnostic, "stream_project.yml", 10, 3, "models[0].partitions");
        assertThat(diagnostic.hint()).isEqualTo("'partitions' belongs under topic: (or advanced.topic:).");
    }

    @Test
    void reportsAProblemInABlockSharedThroughAnAliasOnce() {
        LoadResult result = loadWithHeader("""
                models:
                - name: a
                  sql: SELECT 1
                  advanced: &shared
                    topic: {partitions: many}
                - name: b
                  sql: SELECT 1
                  advanced: *shared
                """);

        assertAt(only(result, "INVALID_VALUE"), "stream_project.yml", 11, 25, "models[0].advanced.topic.partitions");
    }

    @Test
    void listsTheKnownFieldsWhenNothingIsClose() {
        Diagnostic diagnostic = only(loadWithHeader("rules:\n  topics:\n    whatever: 1\n"), "UNKNOWN_FIELD");

        assertAt(diagnostic, "stream_project.yml", 9, 5, "rules.topics.whatever");
        assertThat(diagnostic.hint()).startsWith("Known fields: min_partitions, max_partitions");
    }

    @Test
    void reportsUnknownFieldsInEveryBlock() {
        LoadResult result = TestProjects.load("""
                projct:
                  name: x
                project:
                  name: shop
                  onwer: me
                runtime:
                  kafka:
                    bootstrap_server: k
                    bootstrap_servers: k
                    ssl_ca_location: /ca.pem
                  flink:
                    clusters:
                      local:
                        rest_ur: http://x
                  conduktor:
                    gateway:
                      admin: http://x
                defaults:
                  topic:
                    name: forbidden
                sources:
                - name: s
                  topic: t
                  freshnes: {}
                tests:
                - name: t
                  model: s
                  type: schema
                  assertions:
                  - not_nul:
                      columns: [a]
                exposures:
                - name: e
                  type: api
                  sla:
                    latency: 5
                """);

        assertThat(result.diagnostics()).extracting(Diagnostic::path).containsExactly("projct", "project.onwer",
                "runtime.kafka.bootstrap_server", "runtime.flink.clusters.local.rest_ur",
                "runtime.conduktor.gateway.admin", "defaults.topic.name", "sources[0].freshnes",
                "tests[0].assertions[0].not_nul", "exposures[0].sla.latency");
        assertThat(result.codes()).containsOnly("UNKNOWN_FIELD");
        assertThat(result.diagnostics()).extracting(Diagnostic::hint).contains("Did you mean 'project'?",
                "Did you mean 'owner'?", "Did you mean 'bootstrap_servers'?", "Did you mean 'rest_url'?",
                "Did you mean 'admin_url'?", "Did you mean 'freshness'?", "Did you mean 'not_null'?");
        assertThat(result.project().runtime().kafka().ssl()).containsEntry("ssl_ca_location", "/ca.pem");
    }

    @Test
    void reportsWrongTypesAtTheValue() {
        LoadResult result = loadWithHeader("""
                models:
                - name: m
                  sql: SELECT 1
                  tags: analytics
                  advanced:
                    topic:
                      partitions: "12"
                      replication_factor: 0
                    flink:
                      parallelism: 2.5
                      state_backend: memory
                      checkpoint_interval_ms: [1]
                """);

        assertThat(result.codes()).containsOnly("INVALID_VALUE").hasSize(6);
        List<Diagnostic> d = result.diagnostics();
        assertAt(d.get(0), "stream_project.yml", 10, 9, "models[0].tags");
        assertThat(d.get(0).message()).isEqualTo("'models[0].tags' must be a list, got the string 'analytics'");
        assertAt(d.get(1), "stream_project.yml", 13, 19, "models[0].advanced.topic.partitions");
        assertThat(d.get(1).hint()).isEqualTo("Write the number without quotes.");
        assertAt(d.get(2), "stream_project.yml", 14, 27, "models[0].advanced.topic.replication_factor");
        assertThat(d.get(2).message()).contains("at least 1, got 0");
        assertAt(d.get(3), "stream_project.yml", 16, 20, "models[0].advanced.flink.parallelism");
        assertAt(d.get(4), "stream_project.yml", 17, 22, "models[0].advanced.flink.state_backend");
        assertThat(d.get(4).hint()).isEqualTo("Allowed values: hashmap, rocksdb.");
        assertAt(d.get(5), "stream_project.yml", 18, 31, "models[0].advanced.flink.checkpoint_interval_ms");
        assertThat(result.project().model("m").orElseThrow().flink().checkpointIntervalMs()).isNull();
    }

    @Test
    void listsAllowedValuesOfEnumsWithASuggestion() {
        Diagnostic diagnostic = only(loadWithHeader("""
                models:
                - name: m
                  sql: SELECT 1
                  materialized: virtualtopic
                """), "INVALID_VALUE");

        assertAt(diagnostic, "stream_project.yml", 10, 17, "models[0].materialized");
        assertThat(diagnostic.message()).isEqualTo("Invalid value 'virtualtopic' for 'models[0].materialized'");
        assertThat(diagnostic.hint()).isEqualTo(
                "Did you mean 'virtual_topic'? Allowed values: topic, virtual_topic, flink, sink.");
    }

    @Test
    void checksDurations() {
        LoadResult result = loadWithHeader("""
                sources:
                - name: s
                  topic: t
                  freshness:
                    warn_after: 5 minutes
                    error_after: soon
                tests:
                - name: q
                  model: s
                  type: sample
                  timeout: 30
                """);

        assertThat(result.codes()).containsExactly("INVALID_VALUE", "INVALID_VALUE");
        assertAt(result.diagnostics().get(0), "stream_project.yml", 12, 18, "sources[0].freshness.error_after");
        assertThat(result.diagnostics().get(0).hint()).contains("30s, 5m, 1h or 1d");
        assertAt(result.diagnostics().get(1), "stream_project.yml", 17, 12, "tests[0].timeout");
        assertThat(result.project().source("s").orElseThrow().freshness().warnAfter())
                .isEqualTo(java.time.Duration.ofMinutes(5));
    }

    @Test
    void reportsEveryProblemInOnePassSortedByFileAndLine() {
        LoadResult result = TestProjects.load(java.util.Map.of(
                "stream_project.yml", TestProjects.HEADER + "rules:\n  models:\n    require_owner: sometimes\n",
                "models/b.yml", "models:\n- name: b\n  sql: SELECT 1\n  colour: red\n",
                "models/a.yml", "models:\n- name: a\n  materialized: table\n  sql: SELECT 1\n  owner: [x]\n"), null,
                java.util.Map.of());

        assertThat(result.diagnostics()).extracting(d -> d.file() + ":" + d.line() + ":" + d.code())
                .containsExactly("models/a.yml:3:INVALID_VALUE", "models/a.yml:5:INVALID_VALUE",
                        "models/b.yml:4:UNKNOWN_FIELD", "stream_project.yml:9:INVALID_VALUE");
    }

    @Test
    void reportsDuplicateKeysAndNonStringKeys() {
        LoadResult result = loadWithHeader("""
                models:
                - name: m
                  sql: SELECT 1
                  name: again
                  [a]: 1
                """);

        assertThat(result.codes()).containsExactly("YAML_SYNTAX_ERROR", "INVALID_VALUE");
        assertAt(result.diagnostics().get(0), "stream_project.yml", 10, 3, "models[0].name");
        assertThat(result.diagnostics().get(0).message()).isEqualTo("Duplicate key 'name' (first at line 8)");
        assertThat(result.project().model("m")).isPresent();
    }

    @Test
    void refusesCustomTags() {
        Diagnostic diagnostic = only(loadWithHeader("sources:\n- name: s\n  topic: !secret t\n"), "INVALID_VALUE");

        assertAt(diagnostic, "stream_project.yml", 9, 10, "sources[0].topic");
        assertThat(diagnostic.message()).contains("tagged !secret");
    }

    @Test
    void acceptsNumbersAndYaml11BooleansWhereTheyAreUnambiguous() {
        ProjectDefinition project = TestProjects.validWithHeader("""
                rules:
                  models:
                    require_description: yes
                    require_owner: off
                sources:
                - name: s
                  topic: 1234
                """);

        assertThat(project.rules().models().requireDescription()).isTrue();
        assertThat(project.rules().models().requireOwner()).isFalse();
        assertThat(project.source("s").orElseThrow().topic()).isEqualTo("1234");
    }
}
