package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;

/**
 * The format of a schema registered in the Schema Registry, spelled as the registry spells it: {@code AVRO}, {@code
 * JSON}, {@code PROTOBUF}.
 */
public enum SchemaType implements WireValue {
    AVRO("AVRO"),
    JSON("JSON"),
    PROTOBUF("PROTOBUF");

    private final String wireValue;

    SchemaType(String wireValue) {
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
    public static SchemaType fromWireValue(String value) {
        return WireValues.parse(values(), value, "schema_type");
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
