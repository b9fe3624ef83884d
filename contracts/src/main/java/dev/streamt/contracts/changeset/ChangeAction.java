package dev.streamt.contracts.changeset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/**
 * What a change does to its resource: {@code create}, {@code update} in place, {@code replace} (delete and re-create,
 * destructive), {@code delete}, {@code none} (unchanged) or {@code blocked} (cannot be done; the change's reason says
 * why).
 */
public enum ChangeAction implements WireValue {
    CREATE("create"),
    UPDATE("update"),
    REPLACE("replace"),
    DELETE("delete"),
    NONE("none"),
    BLOCKED("blocked");

    private final String wireValue;

    ChangeAction(String wireValue) {
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
    public static ChangeAction fromWireValue(String value) {
        return WireValues.parse(values(), value, "change action");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
