package dev.streamt.compiler.core.sql.analysis;

import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.Objects;

/**
 * A column of an input that the query reads. For an input whose columns were not declared, this is how the
 * artifact generator learns which columns to declare in its {@code CREATE TABLE}, with {@link #type()} defaulted.
 * Immutable and thread-safe.
 *
 * @param name the column name
 * @param type the declared type, else the default: TIMESTAMP(3) for the event-time column, TIMESTAMP_LTZ(3) *PROCTIME*
 *     for the processing-time column, STRING otherwise
 * @param typeDeclared whether the type was declared by the project (false: defaulted)
 */
public record ReferencedColumn(String name, FlinkType type, boolean typeDeclared) {

    public ReferencedColumn {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("column name must not be empty");
        }
        Objects.requireNonNull(type, "type");
    }
}
