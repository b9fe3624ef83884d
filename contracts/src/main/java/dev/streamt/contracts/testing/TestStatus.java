package dev.streamt.contracts.testing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/** The outcome of one test or one assertion. */
public enum TestStatus implements WireValue {
    PASSED("passed"),
    FAILED("failed"),
    ERROR("error"),
    SKIPPED("skipped");

    private final String wireValue;

    TestStatus(String wireValue) {
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
    public static TestStatus fromWireValue(String value) {
        return WireValues.parse(values(), value, "test status");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
