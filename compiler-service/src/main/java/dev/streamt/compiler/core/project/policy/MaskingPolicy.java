package dev.streamt.compiler.core.project.policy;

import java.util.List;

/** How a masked column is rewritten: hash, partial, redact, tokenize or null. */
public enum MaskingPolicy {
    HASH("hash"),
    PARTIAL("partial"),
    REDACT("redact"),
    TOKENIZE("tokenize"),
    NULL("null");

    /** The values as written in YAML. */
    public static final List<String> WIRE_VALUES = List.of("hash", "partial", "redact", "tokenize", "null");

    private final String wireValue;

    MaskingPolicy(String wireValue) {
        this.wireValue = wireValue;
    }

    public String wireValue() {
        return wireValue;
    }

    public static MaskingPolicy fromWireValue(String value) {
        for (MaskingPolicy policy : values()) {
            if (policy.wireValue.equals(value)) {
                return policy;
            }
        }
        return null;
    }
}
