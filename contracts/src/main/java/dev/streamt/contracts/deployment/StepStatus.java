package dev.streamt.contracts.deployment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/** The lifecycle of one deployment step; {@code skipped} when an earlier step failed or there was nothing to do. */
public enum StepStatus implements WireValue {
    PENDING("pending"),
    RUNNING("running"),
    SUCCEEDED("succeeded"),
    FAILED("failed"),
    SKIPPED("skipped");

    private final String wireValue;

    StepStatus(String wireValue) {
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
    public static StepStatus fromWireValue(String value) {
        return WireValues.parse(values(), value, "step status");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
