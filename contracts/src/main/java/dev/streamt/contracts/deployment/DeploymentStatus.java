package dev.streamt.contracts.deployment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/**
 * The lifecycle of a deployment: {@code pending}, {@code running}, then {@code succeeded}, {@code failed} or {@code
 * rejected} (refused before any step ran).
 */
public enum DeploymentStatus implements WireValue {
    PENDING("pending"),
    RUNNING("running"),
    SUCCEEDED("succeeded"),
    FAILED("failed"),
    REJECTED("rejected");

    private final String wireValue;

    DeploymentStatus(String wireValue) {
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
    public static DeploymentStatus fromWireValue(String value) {
        return WireValues.parse(values(), value, "deployment status");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
