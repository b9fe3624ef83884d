package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/** How the watermark of a source's event time is generated in Flink. */
public enum WatermarkStrategy implements WireValue {
    BOUNDED_OUT_OF_ORDERNESS("bounded_out_of_orderness"),
    MONOTONOUSLY_INCREASING("monotonously_increasing");

    private final String wireValue;

    WatermarkStrategy(String wireValue) {
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
    public static WatermarkStrategy fromWireValue(String value) {
        return WireValues.parse(values(), value, "watermark strategy");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
