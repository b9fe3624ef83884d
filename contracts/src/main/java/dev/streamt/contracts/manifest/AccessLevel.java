package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/**
 * Who may {@code ref()} a model: {@code public} (anyone, also other projects), {@code protected} (allowed groups),
 * {@code private} (this project, and its own group when it has one).
 */
public enum AccessLevel implements WireValue {
    PUBLIC("public"),
    PROTECTED("protected"),
    PRIVATE("private");

    private final String wireValue;

    AccessLevel(String wireValue) {
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
    public static AccessLevel fromWireValue(String value) {
        return WireValues.parse(values(), value, "access level");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
