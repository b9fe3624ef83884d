package dev.streamt.runtime.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.PlanRequested;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class InboundEventDeserializerTest {

    private final CloudEventSerializer serializer = new CloudEventSerializer();
    private final InboundEventDeserializer deserializer = new InboundEventDeserializer();

    @Test
    void readsBackWhatTheSerializerWroteWithTheContentTypeHeader() {
        CloudEvent<PlanRequested> event = CloudEvent.initial(EventType.PLAN_REQUESTED, "/streamt/cli",
                Subject.of("payments", "dev"), new PlanRequested(null, "payments", "dev"));
        RecordHeaders headers = new RecordHeaders();

        byte[] bytes = serializer.serialize("streamt.plan.commands", headers, event);

        assertThat(new String(headers.lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        assertThat(deserializer.deserialize("streamt.plan.commands", bytes)).isEqualTo(new InboundEvent.Decoded(event));
    }

    @Test
    void anEventOfAnUnknownTypeIsKeptWithItsIdSoItCanBeSkipped() {
        String json = """
                {"specversion":"1.0","id":"e-1","source":"/elsewhere","type":"dev.streamt.future.thing.v9",
                 "subject":"payments/dev","time":"2026-11-21T10:00:00Z","correlationid":"c-1","data":{}}""";

        InboundEvent inbound = deserializer.deserialize("streamt.manifest.events", json.getBytes(StandardCharsets.UTF_8));

        assertThat(inbound).isEqualTo(new InboundEvent.UnknownType("e-1", "dev.streamt.future.thing.v9", "payments/dev"));
        assertThat(inbound.inboxId()).isEqualTo("e-1");
    }

    @Test
    void brokenRecordsBecomeMalformedInsteadOfThrowing() {
        InboundEvent notJson = deserializer.deserialize("t", "{ nope".getBytes(StandardCharsets.UTF_8));
        InboundEvent badEnvelope = deserializer.deserialize("t",
                "{\"specversion\":\"0.3\",\"type\":\"dev.streamt.plan.requested.v1\"}".getBytes(StandardCharsets.UTF_8));
        InboundEvent tombstone = deserializer.deserialize("t", null);

        assertThat(notJson).isInstanceOf(InboundEvent.Malformed.class);
        assertThat(badEnvelope).isInstanceOf(InboundEvent.Malformed.class);
        assertThat(((InboundEvent.Malformed) tombstone).reason()).contains("empty record");
    }

    @Test
    void aMalformedRecordIsRecordedUnderItsKafkaCoordinates() {
        InboundEvent.Malformed malformed = new InboundEvent.Malformed("t", "bad", "x");

        assertThat(malformed.at("t", 3, 42L).inboxId()).isEqualTo("kafka:t/3/42");
        assertThat(malformed.inboxId()).startsWith("malformed:");
    }

    @Test
    void anUnknownTypeWithoutAnIdIsMalformed() {
        String json = "{\"type\":\"dev.streamt.future.thing.v9\"}";

        assertThat(deserializer.deserialize("t", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InboundEvent.Malformed.class);
    }
}
