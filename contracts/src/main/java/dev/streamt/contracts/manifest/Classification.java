package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/**
 * The data classification of a column, from {@code public} to {@code highly_sensitive}; governance rules and masking
 * use it.
 */
public enum Classification implements WireValue {
    PUBLIC("public"),
    INTERNAL("internal"),
    CONFIDENTIAL("confidential"),
    SENSITIVE("sensitive"),
    HIGHLY_SENSITIVE("highly_sensitive");

    private final String wireValue;

    Classification(String wireValue) {
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
    public static Classification fromWireValue(String value) {
        return WireValues.parse(values(), value, "classification");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
