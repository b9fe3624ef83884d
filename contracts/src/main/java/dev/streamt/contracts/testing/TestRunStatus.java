package dev.streamt.contracts.testing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/**
 * The lifecycle of a test run: {@code pending}, {@code running}, then {@code passed}, {@code failed} (a test failed) or
 * {@code error} (the run could not be carried out).
 */
public enum TestRunStatus implements WireValue {
    PENDING("pending"),
    RUNNING("running"),
    PASSED("passed"),
    FAILED("failed"),
    ERROR("error");

    private final String wireValue;

    TestRunStatus(String wireValue) {
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
    public static TestRunStatus fromWireValue(String value) {
        return WireValues.parse(values(), value, "test run status");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
