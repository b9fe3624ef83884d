package dev.streamt.contracts;

/**
 * A contract enum whose constants travel as a fixed lowercase (or otherwise documented) string, like
 * {@code "virtual_topic"} or {@code "AVRO"}. Enums implementing it serialize as {@link #wireValue()} and deserialize
 * strictly through {@link WireValues#parse}: an unknown value is a {@link ContractViolationException}.
 */
public interface WireValue {

    /** The exact string of this constant in JSON. */
    String wireValue();
}
