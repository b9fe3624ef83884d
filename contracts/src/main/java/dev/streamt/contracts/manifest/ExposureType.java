package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/** What kind of downstream (or upstream) system an exposure documents. */
public enum ExposureType implements WireValue {
    APPLICATION("application"),
    DASHBOARD("dashboard"),
    ML_TRAINING("ml_training"),
    ML_INFERENCE("ml_inference"),
    API("api");

    private final String wireValue;

    ExposureType(String wireValue) {
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
    public static ExposureType fromWireValue(String value) {
        return WireValues.parse(values(), value, "exposure type");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
