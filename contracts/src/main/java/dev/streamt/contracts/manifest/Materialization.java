package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/**
 * How a model is materialized: a Kafka {@code topic} fed by a Flink job, a gateway {@code virtual_topic}, a stateful
 * {@code flink} job writing a topic, or a Kafka Connect {@code sink}.
 */
public enum Materialization implements WireValue {
    TOPIC("topic"),
    VIRTUAL_TOPIC("virtual_topic"),
    FLINK("flink"),
    SINK("sink");

    private final String wireValue;

    Materialization(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /**
     * Strict parse of the wire value: an unknown value is a {@link dev.streamt.contracts.ContractViolationException}.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Materialization fromWireValue(String value) {
        return WireValues.parse(values(), value, "materialized");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
