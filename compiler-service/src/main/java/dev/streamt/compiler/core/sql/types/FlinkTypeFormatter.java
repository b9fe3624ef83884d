package dev.streamt.compiler.core.sql.types;

import java.util.Iterator;

/** Prints a {@link FlinkType} in Flink's DDL-compatible summary form. Stateless and thread-safe. */
final class FlinkTypeFormatter {

    private FlinkTypeFormatter() {
    }

    static String format(FlinkType type) {
        StringBuilder out = new StringBuilder(16);
        append(type, out);
        return out.toString();
    }

    private static void append(FlinkType type, StringBuilder out) {
        switch (type.root()) {
            case CHAR -> out.append("CHAR(").append(type.precision()).append(')');
            case VARCHAR -> out.append(type.precision() == FlinkType.MAX_LENGTH
                    ? "STRING" : "VARCHAR(" + type.precision() + ")");
            case BINARY -> out.append("BINARY(").append(type.precision()).append(')');
            case VARBINARY -> out.append(type.precision() == FlinkType.MAX_LENGTH
                    ? "BYTES" : "VARBINARY(" + type.precision() + ")");
            case DECIMAL -> out.append("DECIMAL(").append(type.precision()).append(", ").append(type.scale())
                    .append(')');
            case INTEGER -> out.append("INT");
            case TIME -> out.append("TIME(").append(type.precision()).append(')');
            case TIMESTAMP -> out.append("TIMESTAMP(").append(type.precision()).append(')');
            case TIMESTAMP_LTZ -> out.append("TIMESTAMP_LTZ(").append(type.precision()).append(')');
            case TIMESTAMP_TZ -> out.append("TIMESTAMP(").append(type.precision()).append(") WITH TIME ZONE");
            case INTERVAL_DAY_TIME, INTERVAL_YEAR_MONTH -> out.append("INTERVAL ").append(type.qualifier());
            case RAW -> out.append("RAW(").append(type.qualifier()).append(')');
            case ARRAY, MULTISET -> {
                out.append(type.root().name()).append('<');
                append(type.elements().get(0), out);
                out.append('>');
            }
            case MAP -> {
                out.append("MAP<");
                append(type.elements().get(0), out);
                out.append(", ");
                append(type.elements().get(1), out);
                out.append('>');
            }
            case ROW -> appendRow(type, out);
            default -> out.append(type.root().name());
        }
        if (!type.nullable()) {
            out.append(" NOT NULL");
        }
    }

    private static void appendRow(FlinkType type, StringBuilder out) {
        out.append("ROW<");
        Iterator<FlinkType.Field> it = type.fields().iterator();
        while (it.hasNext()) {
            FlinkType.Field field = it.next();
            out.append(quote(field.name())).append(' ');
            append(field.type(), out);
            if (field.description() != null) {
                out.append(" '").append(field.description().replace("'", "''")).append('\'');
            }
            if (it.hasNext()) {
                out.append(", ");
            }
        }
        out.append('>');
    }

    /** A Flink identifier in backticks, with backticks doubled. */
    static String quote(String identifier) {
        return '`' + identifier.replace("`", "``") + '`';
    }
}
