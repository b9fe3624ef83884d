package dev.streamt.compiler.core.project;

/**
 * An exposure's {@code contracts}: the {@code schema} it relies on and the Schema Registry {@code compatibility}
 * (upper-cased: BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, FULL_TRANSITIVE, NONE).
 */
public record ExposureContract(String schema, String compatibility) {
}
