package dev.streamt.compiler.core.sql.analysis;

import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.List;
import java.util.Objects;

/**
 * An output column of a model's query, in order. Immutable and thread-safe.
 *
 * @param name the column name as Flink derives it: the alias, the column name of a plain column reference, else
 *     {@code EXPR$<position>}; duplicates get a numeric suffix ({@code id}, {@code id0}) as in Flink
 * @param type the inferred Flink type ({@link FlinkType#toString()} prints it as Flink does, {@link FlinkType#ddl()} as
 *     DDL)
 * @param inferred false when the type rests on a fallback (an input column without a declared type, an unknown
 *     function, an opaque ML output): then {@code type} is the documented default, STRING unless stated otherwise
 * @param lineage the input columns the value is computed from, in first-reference order (empty for literals)
 */
public record OutputColumn(String name, FlinkType type, boolean inferred, List<ColumnRef> lineage) {

    public OutputColumn {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("output column name must not be empty");
        }
        Objects.requireNonNull(type, "type");
        lineage = List.copyOf(lineage);
    }

    /** The type as Flink prints it, like {@code BIGINT NOT NULL} or {@code TIMESTAMP(3) *ROWTIME*}. */
    public String typeString() {
        return type.toString();
    }
}
