package dev.streamt.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.streamt.contracts.ContractSamples;
import dev.streamt.contracts.ContractViolationException;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.UnknownEventTypeException;
import dev.streamt.contracts.events.payload.ApplyRequested;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.TopicArtifact;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StreamtJsonTest {

    @Test
    void unknownEnumValuesFailWithPathValueAndAllowedValues() {
        String json = StreamtJson.toJson(ContractSamples.changeSet()).replace("\"action\":\"none\"",
                "\"action\":\"explode\"");

        assertThatThrownBy(() -> StreamtJson.fromJson(json, ChangeSet.class))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("$.changes[0].action")
                .hasMessageContaining("'explode'")
                .hasMessageContaining("allowed values: create, update, replace, delete, none, blocked")
                .satisfies(e -> assertThat(((ContractViolationException) e).path()).contains("$.changes[0].action"));
    }

    @Test
    void unknownFieldsAreIgnored() {
        String json = "{\"code\":\"UNKNOWN_FIELD\",\"message\":\"m\",\"severity_v2\":\"error\","
                + "\"extra\":{\"nested\":[1,2]},\"line\":3}";

        assertThat(StreamtJson.fromJson(json, Diagnostic.class))
                .isEqualTo(new Diagnostic("UNKNOWN_FIELD", "m", null, 3, null, null, null));
        String event = new String(StreamtJson.writeEvent(ContractSamples.event(EventType.APPLY_REQUESTED)),
                StandardCharsets.UTF_8).replace("\"data\":{", "\"traceparent\":\"00-abc\",\"data\":{\"future\":true,");
        assertThat(StreamtJson.readEvent(event)).isEqualTo(ContractSamples.event(EventType.APPLY_REQUESTED));
    }

    @Test
    void missingRequiredFieldsAndBlankNamesAreViolations() {
        assertThatThrownBy(() -> StreamtJson.fromJson("{\"name\":\"t\",\"partitions\":3}", TopicArtifact.class))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("replication_factor must be at least 1");
        String json = StreamtJson.toJson(ContractSamples.manifest()).replace("\"name\":\"order_metrics\",\"materialized\"",
                "\"name\":\" \",\"materialized\"");
        assertThatThrownBy(() -> StreamtJson.fromJson(json, Manifest.class))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("$.models[1]").hasMessageContaining("model name must not be blank");
    }

    @Test
    void malformedJsonIsAViolation() {
        assertThatThrownBy(() -> StreamtJson.fromJson("{\"code\":", Diagnostic.class))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("reading Diagnostic");
        assertThatThrownBy(() -> StreamtJson.fromJson("{\"code\":\"A\",\"code\":\"B\",\"message\":\"m\"}",
                Diagnostic.class)).isInstanceOf(ContractViolationException.class).hasMessageContaining("Duplicate");
        assertThatThrownBy(() -> StreamtJson.fromJson("{\"changeset_id\":\"c\"} []", ApplyRequested.class))
                .isInstanceOf(ContractViolationException.class);
        assertThatThrownBy(() -> StreamtJson.fromJson("null", ApplyRequested.class))
                .isInstanceOf(ContractViolationException.class);
        assertThatThrownBy(() -> StreamtJson.fromJson("{\"name\":\"t\",\"partitions\":\"many\",\"replication_factor\":1}",
                TopicArtifact.class)).isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("$.partitions");
    }

    @Test
    void sameValueGivesTheSameBytes() {
        assertThat(StreamtJson.toBytes(ContractSamples.manifest())).isEqualTo(StreamtJson.toBytes(ContractSamples.manifest()));
        Map<String, Object> unordered = new LinkedHashMap<>();
        unordered.put("zeta", 1);
        unordered.put("alpha", Map.of("y", 2, "b", 3));
        assertThat(StreamtJson.toJson(unordered)).isEqualTo("{\"alpha\":{\"b\":3,\"y\":2},\"zeta\":1}");
        Map<String, Object> roundTripped = StreamtJson.toMap(ContractSamples.manifest());
        assertThat(StreamtJson.toJson(roundTripped)).isNotEqualTo(StreamtJson.toJson(ContractSamples.manifest()));
        assertThat(StreamtJson.fromMap(roundTripped, Manifest.class)).isEqualTo(ContractSamples.manifest());
    }

    @Test
    void instantsAreIsoStringsAndNullsAreWritten() {
        String json = StreamtJson.toJson(ContractSamples.runningDeployment());

        assertThat(json).contains("\"created_at\":\"2026-11-21T05:04:00.123Z\"", "\"finished_at\":null",
                "\"approved_by\":null");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyEventTypeRoundTripsAsACloudEvent(EventType type) {
        CloudEvent<Object> event = ContractSamples.event(type);

        byte[] bytes = StreamtJson.writeEvent(event);
        CloudEvent<?> read = StreamtJson.readEvent(bytes);

        assertThat(read).isEqualTo(event);
        assertThat(read.type()).isEqualTo(type);
        assertThat(read.data()).isInstanceOf(type.dataClass());
        assertThat(StreamtJson.readEvent(bytes, type.dataClass()).data()).isEqualTo(event.data());
        assertThat(StreamtJson.fromJson(bytes, CloudEvent.class)).isEqualTo(event);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("{\"specversion\":\"1.0\",\"id\":")
                .contains("\"type\":\"" + type.type() + "\"", "\"subject\":\"shop/dev\"",
                        "\"correlationid\":\"" + ContractSamples.CORRELATION_ID + "\"", "\"causationid\":");
    }

    @Test
    void unknownEventTypesCanBeSkipped() {
        String json = "{\"specversion\":\"1.0\",\"id\":\"1\",\"source\":\"/x\",\"type\":\"dev.streamt.lineage.updated.v1\","
                + "\"subject\":\"shop/dev\",\"time\":\"2026-11-21T05:04:00Z\",\"correlationid\":\"c\",\"data\":{}}";

        assertThatThrownBy(() -> StreamtJson.readEvent(json))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("dev.streamt.lineage.updated.v1")
                .satisfies(e -> assertThat(((UnknownEventTypeException) e).type())
                        .isEqualTo("dev.streamt.lineage.updated.v1"));
        assertThatThrownBy(() -> StreamtJson.readEvent("{\"id\":\"1\"}")).isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("$.type");
        assertThatThrownBy(() -> StreamtJson.readEvent("[1]")).isInstanceOf(ContractViolationException.class);
    }

    @Test
    void invalidEventsAreViolations() {
        String apply = new String(StreamtJson.writeEvent(ContractSamples.event(EventType.APPLY_REQUESTED)),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> StreamtJson.readEvent(apply.replace("\"changeset_id\":\"cs-7f3c2a10\",", "")))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("$.data").hasMessageContaining("changeset_id must not be null");
        assertThatThrownBy(() -> StreamtJson.readEvent(apply.replace("\"specversion\":\"1.0\"", "\"specversion\":\"0.3\"")))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("specversion");
        assertThatThrownBy(() -> StreamtJson.readEvent(apply.replace("\"subject\":\"shop/dev\"", "\"subject\":\"shop\"")))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("$.subject")
                .hasMessageContaining("expected <project>/<env>");
        assertThatThrownBy(() -> StreamtJson.readEvent(apply.getBytes(StandardCharsets.UTF_8), ManifestCompiled.class))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("expected an event with ManifestCompiled data");
    }

    @Test
    void frameworkMappersCanBeConfiguredTheSameWay() throws Exception {
        ObjectMapper own = StreamtJson.configure(new ObjectMapper());

        assertThat(own.writeValueAsString(ContractSamples.changeSet())).isEqualTo(StreamtJson.toJson(ContractSamples.changeSet()));
        assertThat(StreamtJson.toPrettyJson(ContractSamples.deployment())).contains("\n  \"changeset_id\": \"cs-7f3c2a10\",\n");
    }
}
