package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/** Whether an exposure produces data into the project's topics, consumes from them, or both. */
public enum ExposureRole implements WireValue {
    PRODUCER("producer"),
    CONSUMER("consumer"),
    BOTH("both");

    private final String wireValue;

    ExposureRole(String wireValue) {
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
    public static ExposureRole fromWireValue(String value) {
        return WireValues.parse(values(), value, "exposure role");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
