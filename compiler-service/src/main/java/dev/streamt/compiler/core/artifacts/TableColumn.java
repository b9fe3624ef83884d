package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.Objects;

/**
 * A column of a generated Flink table: its name and type, or a processing-time attribute ({@code name AS PROCTIME()}).
 * Immutable and thread-safe.
 *
 * @param name the column name
 * @param type the type (time-attribute markers are not written; ignored for a proctime column)
 * @param proctime whether the column is the computed processing-time attribute
 */
record TableColumn(String name, FlinkType type, boolean proctime) {

    TableColumn {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("column name must not be empty");
        }
        Objects.requireNonNull(type, "type");
    }

    /** A physical column. */
    static TableColumn of(String name, FlinkType type) {
        return new TableColumn(name, type, false);
    }

    /** The computed processing-time attribute. */
    static TableColumn proctime(String name) {
        return new TableColumn(name, FlinkType.timestampLtz(3).notNull(), true);
    }

    /** The same column with another type. */
    TableColumn withType(FlinkType newType) {
        return new TableColumn(name, newType, proctime);
    }

    /** The column as written in a CREATE TABLE. */
    String ddl() {
        return proctime ? Sql.ident(name) + " AS PROCTIME()" : Sql.ident(name) + " " + type.ddl();
    }
}
