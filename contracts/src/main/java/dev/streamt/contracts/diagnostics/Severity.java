package dev.streamt.contracts.diagnostics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/** How bad a diagnostic is: an {@code error} makes the project invalid, a {@code warning} does not. */
public enum Severity implements WireValue {
    ERROR("error"),
    WARNING("warning");

    private final String wireValue;

    Severity(String wireValue) {
        this.wireValue = wireValue;
    }

    @JsonValue
    @Override
    public String wireValue() {
        return wireValue;
    }

    /** Strict parse of the wire value. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Severity fromWireValue(String value) {
        return WireValues.parse(values(), value, "severity");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
