package dev.streamt.compiler.core.artifacts;

import static dev.streamt.compiler.core.artifacts.Plans.generate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.SchemaArtifact;
import dev.streamt.contracts.manifest.SchemaType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemaArtifactsTest {

    private static final String REGISTRY = """
            project: {name: t, version: 1.0.0}
            runtime:
              kafka: {bootstrap_servers: localhost:9092}
              schema_registry: {url: 'http://localhost:8081'}
              flink:
                default: local
                clusters:
                  local: {type: rest, rest_url: 'http://localhost:8081'}
            """;

    @Test
    @SuppressWarnings("unchecked")
    void aSourceSchemaIsAnAvroRecordOfItsColumnsOrItsExplicitDefinition() {
        // acceptance 51
        Artifacts artifacts = generate(REGISTRY + """
                sources:
                - name: orders
                  topic: orders.v1
                  schema:
                    format: avro
                  columns:
                  - name: order_id
                    description: id
                  - name: amount
                - name: users
                  topic: users.v1
                  schema:
                    subject: users-custom
                    format: json
                    definition: '{"type": "object"}'
                - name: plain
                  topic: plain.v1
                """);

        assertThat(artifacts.schemas()).extracting(SchemaArtifact::subject).containsExactly("orders.v1-value",
                "users-custom");
        SchemaArtifact orders = artifacts.schemas().get(0);
        assertThat(orders.schemaType()).isEqualTo(SchemaType.AVRO);
        assertThat(orders.compatibility()).isEqualTo("BACKWARD");
        assertThat(orders.ownerNode()).isEqualTo(NodeId.source("orders"));
        Map<?, ?> schema = StreamtJson.fromJson(orders.schema(), Map.class);
        assertThat(schema.get("type")).isEqualTo("record");
        assertThat(schema.get("name")).isEqualTo("orders");
        assertThat(schema.get("namespace")).isEqualTo("streamt.t");
        assertThat((List<Object>) schema.get("fields")).containsExactly(field("order_id", "string"),
                field("amount", "string"));
        assertThat(artifacts.schemas().get(1)).isEqualTo(new SchemaArtifact("users-custom", SchemaType.JSON,
                "{\"type\": \"object\"}", "BACKWARD", NodeId.source("users")));
    }

    private static Map<String, Object> field(String name, Object type) {
        java.util.LinkedHashMap<String, Object> field = new java.util.LinkedHashMap<>();
        field.put("default", null);
        field.put("name", name);
        field.put("type", List.of("null", type));
        return field;
    }

    @Test
    void typesMapToAvroAsFlinkMapsThem() {
        String schema = AvroSchemas.record("r", null, List.of(
                TableColumn.of("a", FlinkType.parse("DECIMAL(10, 2)").orElseThrow()),
                TableColumn.of("b", FlinkType.parse("TIMESTAMP(3)").orElseThrow()),
                TableColumn.of("c", FlinkType.parse("ARRAY<INT>").orElseThrow()),
                TableColumn.of("d", FlinkType.parse("ROW<x BIGINT, y DATE>").orElseThrow()),
                TableColumn.of("e-f", FlinkType.BIGINT.notNull()),
                TableColumn.of("g", FlinkType.parse("MAP<STRING, DOUBLE>").orElseThrow()),
                TableColumn.proctime("p")));

        assertThat(schema).contains("{\"logicalType\":\"decimal\",\"precision\":10,\"scale\":2,\"type\":\"bytes\"}",
                "{\"logicalType\":\"timestamp-millis\",\"type\":\"long\"}",
                "{\"items\":[\"null\",\"int\"],\"type\":\"array\"}",
                "\"name\":\"r_d\"", "{\"logicalType\":\"date\",\"type\":\"int\"}",
                "{\"name\":\"e_f\",\"type\":\"long\"}", "{\"type\":\"map\",\"values\":[\"null\",\"double\"]}")
                .doesNotContain("\"p\"");
        assertThat(AvroSchemas.avroName("1st")).isEqualTo("_1st");
    }

    @Test
    void modelsGetASchemaOfTheirTopicWhenARegistryIsConfigured() {
        Artifacts artifacts = generate(REGISTRY + """
                sources:
                - name: orders
                  topic: orders.v1
                  columns:
                  - {name: id, type: BIGINT}
                  - {name: email, type: STRING}
                - name: loose
                  topic: loose.v1
                models:
                - name: clean
                  materialized: flink
                  sql: SELECT id, email FROM {{ source('orders') }} WHERE id > 0
                  security:
                    masking:
                    - {column: id, policy: hash}
                - name: loose_copy
                  sql: SELECT * FROM {{ source('loose') }}
                """);

        assertThat(artifacts.schemas()).hasSize(1);
        SchemaArtifact clean = artifacts.schemas().get(0);
        assertThat(clean.subject()).isEqualTo("clean-value");
        assertThat(clean.ownerNode()).isEqualTo(NodeId.model("clean"));
        assertThat(clean.schema()).contains("\"name\":\"record\"", "\"namespace\":\"org.apache.flink.avro.generated\"",
                "{\"default\":null,\"name\":\"id\",\"type\":[\"null\",\"string\"]}");
    }

    @Test
    void withoutARegistryModelsGetNoSchema() {
        Artifacts artifacts = generate(Plans.FLINK + """
                sources:
                - name: orders
                  topic: orders.v1
                  columns:
                  - {name: id, type: BIGINT}
                models:
                - name: clean
                  materialized: flink
                  sql: SELECT id FROM {{ source('orders') }} WHERE id > 0
                """);

        assertThat(artifacts.schemas()).isEmpty();
    }
}
