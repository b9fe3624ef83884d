package dev.streamt.compiler.core.sql.analysis;

/**
 * A declared column of an input (or of an ML model's output): its name and Flink SQL type, null when the project
 * declared the column without a type. Immutable and thread-safe.
 *
 * @param name the column name, case-sensitive
 * @param type the Flink SQL type string, or null when not declared
 */
public record InputColumn(String name, String type) {

    public InputColumn {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("column name must not be empty");
        }
        if (type != null && type.isBlank()) {
            type = null;
        }
    }

    /** A column declared without a type. */
    public static InputColumn untyped(String name) {
        return new InputColumn(name, null);
    }
}
