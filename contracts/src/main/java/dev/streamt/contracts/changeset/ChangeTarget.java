package dev.streamt.contracts.changeset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/** The kind of infrastructure resource a change acts on. */
public enum ChangeTarget implements WireValue {
    KAFKA_TOPIC("kafka_topic"),
    FLINK_JOB("flink_job"),
    CONNECTOR("connector"),
    GATEWAY_RULE("gateway_rule"),
    SCHEMA("schema");

    private final String wireValue;

    ChangeTarget(String wireValue) {
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
    public static ChangeTarget fromWireValue(String value) {
        return WireValues.parse(values(), value, "change target");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
