package dev.streamt.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.streamt.contracts.ContractSamples;
import dev.streamt.contracts.GeneratedResources;
import dev.streamt.contracts.events.EventType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The committed JSON Schemas under {@code src/main/resources/schemas} are exactly what the records generate, and
 * realistic instances validate against them. After changing a contract record, regenerate with
 * {@code ./mvnw -B -f contracts/pom.xml verify -Dstreamt.schemas.write=true} and commit the files.
 */
class JsonSchemasTest {

    static final String REGENERATE = "the committed JSON Schema is out of date: regenerate it with "
            + "`./mvnw -B -f contracts/pom.xml verify -Dstreamt.schemas.write=true` and commit the result";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private static Map<String, ObjectNode> generated;

    @BeforeAll
    static void generate() throws IOException {
        generated = new SchemaGeneration().all();
        if (GeneratedResources.writeRequested()) {
            for (Map.Entry<String, ObjectNode> schema : generated.entrySet()) {
                GeneratedResources.write(schema.getKey(), StreamtJson.toPrettyJson(schema.getValue()) + "\n");
            }
        }
    }

    @Test
    void committedSchemasAreUpToDate() throws IOException {
        for (Map.Entry<String, ObjectNode> schema : generated.entrySet()) {
            String expected = StreamtJson.toPrettyJson(schema.getValue()) + "\n";
            assertThat(GeneratedResources.read(schema.getKey()))
                    .as("%s: %s", schema.getKey(), REGENERATE)
                    .isEqualTo(expected);
        }
        try (var files = Files.list(GeneratedResources.path("schemas/events"))) {
            assertThat(files.map(Path::getFileName).map(Path::toString))
                    .as("schema files without an event type")
                    .allMatch(name -> EventType.fromType(name.replace(".schema.json", "")).isPresent());
        }
    }

    @Test
    void committedSchemasAreOnTheClasspath() throws IOException {
        assumeFalse(GeneratedResources.writeRequested(), "resources were copied before they were rewritten");
        assertThat(StreamtSchemas.manifestSchema()).isEqualTo(GeneratedResources.read(StreamtSchemas.MANIFEST));
        for (EventType type : EventType.values()) {
            assertThat(StreamtSchemas.eventSchema(type)).isEqualTo(GeneratedResources.read(StreamtSchemas.eventResource(type)));
        }
    }

    @Test
    void schemasUseSnakeCaseNamesAndWireValues() {
        String manifest = StreamtJson.toJson(generated.get(StreamtSchemas.MANIFEST));
        assertThat(manifest).contains("\"replication_factor\"", "\"owner_node\"", "\"flink_jobs\"",
                "\"virtual_topic\"", "\"PROTOBUF\"", "\"highly_sensitive\"").doesNotContain("replicationFactor");
    }

    @Test
    void realisticManifestIsValid() {
        assertThat(validate(StreamtSchemas.MANIFEST, StreamtJson.toJson(ContractSamples.manifest()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleOfEveryEventTypeIsValid(EventType type) {
        String event = new String(StreamtJson.writeEvent(ContractSamples.event(type)), StandardCharsets.UTF_8);
        assertThat(validate(StreamtSchemas.eventResource(type), event)).isEmpty();
    }

    @Test
    void schemasRejectViolations() {
        String manifest = StreamtJson.toJson(ContractSamples.manifest());
        assertThat(validate(StreamtSchemas.MANIFEST, manifest.replace("\"materialized\":\"flink\"",
                "\"materialized\":\"explode\""))).isNotEmpty();
        assertThat(validate(StreamtSchemas.MANIFEST, manifest.replace("\"replication_factor\":3",
                "\"replication_factor\":\"three\""))).isNotEmpty();
        assertThat(validate(StreamtSchemas.MANIFEST, manifest.replace("\"compiled_at\"", "\"compiledAt\"")))
                .anyMatch(message -> message.contains("compiled_at"));

        String event = new String(StreamtJson.writeEvent(ContractSamples.event(EventType.APPLY_REQUESTED)),
                StandardCharsets.UTF_8);
        assertThat(validate(StreamtSchemas.eventResource(EventType.PLAN_REQUESTED), event)).isNotEmpty();
        assertThat(validate(StreamtSchemas.eventResource(EventType.APPLY_REQUESTED),
                event.replace("\"subject\":\"shop/dev\"", "\"subject\":\"shop\""))).isNotEmpty();
    }

    /** Validates against the committed schema file (on disk, so that a rewrite run validates the new files). */
    private static Set<String> validate(String schemaResource, String instance) {
        String schemaText;
        try {
            schemaText = GeneratedResources.read(schemaResource);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JsonSchema schema = FACTORY.getSchema(StreamtJson.fromJson(schemaText, JsonNode.class), CONFIG);
        Set<ValidationMessage> messages = schema.validate(StreamtJson.fromJson(instance, JsonNode.class));
        return messages.stream().map(ValidationMessage::getMessage)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
