package dev.streamt.contracts.testing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/**
 * The kind of a data test: {@code schema} (checked against declared columns at compile time), {@code sample} (reads a
 * sample of the topic) or {@code continuous} (a Flink job checking every record).
 */
public enum TestType implements WireValue {
    SCHEMA("schema"),
    SAMPLE("sample"),
    CONTINUOUS("continuous");

    private final String wireValue;

    TestType(String wireValue) {
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
    public static TestType fromWireValue(String value) {
        return WireValues.parse(values(), value, "test type");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
