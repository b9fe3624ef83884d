package dev.streamt.compiler.core.project;

import static dev.streamt.compiler.core.project.TestProjects.assertAt;
import static dev.streamt.compiler.core.project.TestProjects.loadWithHeader;
import static dev.streamt.compiler.core.project.TestProjects.only;
import static dev.streamt.compiler.core.project.TestProjects.validWithHeader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.manifest.Classification;
import dev.streamt.contracts.manifest.SchemaType;
import dev.streamt.contracts.manifest.WatermarkStrategy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourcesTest {

    @Test
    void readsColumnsSchemaAndEventTime() {
        SourceDefinition source = validWithHeader("""
                sources:
                - name: orders
                  topic: orders.v1
                  description: Orders
                  owner: team
                  tags: [core]
                  cluster: main
                  schema:
                    format: avro
                  columns:
                  - name: order_id
                    type: BIGINT
                    description: id
                    classification: internal
                    tests: [not_null, unique, {accepted_values: {values: [1, 2]}}]
                  - name: ts
                    type: TIMESTAMP(3)
                  - name: proc
                    proctime: true
                  event_time:
                    column: ts
                    allowed_lateness_ms: 60000
                """).source("orders").orElseThrow();

        assertThat(source.schema()).isEqualTo(new SchemaSpec(SchemaType.AVRO, "orders.v1-value", null, null, null));
        assertThat(source.columns()).extracting(ColumnDefinition::name, ColumnDefinition::type,
                ColumnDefinition::classification, ColumnDefinition::proctime).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("order_id", "BIGINT", Classification.INTERNAL, false),
                        org.assertj.core.groups.Tuple.tuple("ts", "TIMESTAMP(3)", null, false),
                        org.assertj.core.groups.Tuple.tuple("proc", null, null, true));
        assertThat(source.column("order_id").tests()).extracting(ColumnTest::kind, ColumnTest::config)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("not_null", Map.of()),
                        org.assertj.core.groups.Tuple.tuple("unique", Map.of()),
                        org.assertj.core.groups.Tuple.tuple("accepted_values", Map.of("values", List.of(1L, 2L))));
        assertThat(source.eventTime()).isEqualTo(new EventTimeSpec("ts", WatermarkStrategy.BOUNDED_OUT_OF_ORDERNESS,
                5000, 60000L));
        assertAt(source.column("ts").span(), "stream_project.yml", 22, 5, "sources[0].columns[1]");
        assertAt(source.spanOf("columns[0].classification"), "stream_project.yml", 20, 5,
                "sources[0].columns[0].classification");
    }

    @Test
    void readsExplicitSchemasAndWatermarks() {
        ProjectDefinition project = validWithHeader("""
                sources:
                - name: users
                  topic: users.v1
                  schema:
                    subject: users-custom
                    format: json
                    definition: '{"type": "object"}'
                    version: 3
                - name: events
                  topic: events.v1
                  schema: {}
                  columns:
                  - name: ts
                  event_time:
                    column: ts
                    watermark:
                      strategy: monotonously_increasing
                      max_out_of_orderness_ms: 0
                """);

        assertThat(project.source("users").orElseThrow().schema()).isEqualTo(new SchemaSpec(SchemaType.JSON,
                "users-custom", null, 3, "{\"type\": \"object\"}"));
        SourceDefinition events = project.source("events").orElseThrow();
        assertThat(events.schema().effectiveFormat()).isEqualTo(SchemaType.AVRO);
        assertThat(events.eventTime().strategy()).isEqualTo(WatermarkStrategy.MONOTONOUSLY_INCREASING);
        assertThat(events.eventTime().maxOutOfOrdernessMs()).isZero();
    }

    @Test
    void theEventTimeColumnMustBeDeclaredWhenColumnsAre() {
        Diagnostic diagnostic = only(loadWithHeader("""
                sources:
                - name: events
                  topic: events.v1
                  columns:
                  - name: event_ts
                  event_time:
                    column: event_tz
                """), "UNKNOWN_COLUMN");

        assertAt(diagnostic, "stream_project.yml", 13, 13, "sources[0].event_time.column");
        assertThat(diagnostic.message()).contains("source 'events'");
        assertThat(diagnostic.hint()).isEqualTo("Did you mean 'event_ts'?");
    }

    @Test
    void checksColumnsAndSourceBlocks() {
        LoadResult result = loadWithHeader("""
                sources:
                - name: s
                  topic: t
                  schema:
                    format: xml
                  columns:
                  - name: a
                    classification: secret
                    proctime: maybe
                  - name: a
                  - type: STRING
                  - name: b
                    tests: [not_nul]
                  freshness:
                    warn_after: 1h
                    error_after: 5m
                  event_time:
                    watermark: {strategy: fixed}
                """);

        assertThat(result.diagnostics()).extracting(Diagnostic::path).containsExactly("sources[0].schema.format",
                "sources[0].columns[0].classification", "sources[0].columns[0].proctime", "sources[0].columns[1].name",
                "sources[0].columns[2].name", "sources[0].columns[3].tests[0]", "sources[0].freshness.warn_after",
                "sources[0].event_time.column");
        assertThat(result.diagnostics().get(3).message()).contains("declared twice");
        assertThat(result.diagnostics().get(5).hint()).startsWith("Did you mean 'not_null'?");
    }
}
