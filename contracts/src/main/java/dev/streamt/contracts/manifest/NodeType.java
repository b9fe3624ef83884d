package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/**
 * The kind of a node of the project graph: {@code source}, {@code model}, {@code test} or {@code exposure}; the first
 * part of a {@link NodeId}.
 */
public enum NodeType implements WireValue {
    SOURCE("source"),
    MODEL("model"),
    TEST("test"),
    EXPOSURE("exposure");

    private final String wireValue;

    NodeType(String wireValue) {
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
    public static NodeType fromWireValue(String value) {
        return WireValues.parse(values(), value, "node type");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
