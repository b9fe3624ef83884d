package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table a continuous test job reads: its name in the job, its {@link KafkaTable}, and the time attribute windowed
 * checks group by (the event-time column when the table has a watermark, else a processing-time column the job adds).
 * Immutable.
 *
 * @param name the table's name in the job (the node's name)
 * @param table the table as declared
 * @param timeColumn the time attribute for windows, or null when the job needs none
 */
record TestTable(String name, KafkaTable table, String timeColumn) {

    /** The processing-time column a test job adds to a table without event time. */
    static final String PROCTIME = "streamt_proctime";

    TestTable {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(table, "table");
    }

    /** Whether windows run on event time. */
    boolean eventTime() {
        return table.watermark() != null && table.watermark().column().equals(timeColumn);
    }

    /** The same table with a time attribute for windows: its event time, else an added processing-time column. */
    TestTable withTime() {
        if (timeColumn != null) {
            return this;
        }
        if (table.watermark() != null && table.column(table.watermark().column()) != null) {
            return new TestTable(name, table, table.watermark().column());
        }
        for (TableColumn column : table.columns()) {
            if (column.proctime()) {
                return new TestTable(name, table, column.name());
            }
        }
        String column = PROCTIME;
        while (table.column(column) != null) {
            column = "_" + column;
        }
        return new TestTable(name, table.withAdded(List.of(TableColumn.proctime(column))), column);
    }

    /**
     * Whether window functions can run over the table: a window TVF adds {@code window_start}, {@code window_end} and
     * {@code window_time}, so a table that already has such a column (a windowed model) would make them ambiguous.
     */
    boolean windowable() {
        return table.column("window_start") == null && table.column("window_end") == null
                && table.column("window_time") == null;
    }

    /** The type of a column, or null. */
    FlinkType type(String column) {
        TableColumn found = table.column(column);
        return found == null || found.proctime() ? null : found.type();
    }

    /** {@code JSON_OBJECT(KEY 'c' VALUE <c>, ...)} of the physical columns, each qualified by {@code qualifier}. */
    String rowJson(String qualifier) {
        List<String> pairs = new ArrayList<>(table.columns().size());
        for (TableColumn column : table.columns()) {
            if (!column.proctime()) {
                String value = (qualifier == null ? "" : Sql.ident(qualifier) + ".") + Sql.ident(column.name());
                pairs.add("KEY " + Sql.literal(column.name()) + " VALUE " + jsonValue(value, column.type()));
            }
        }
        return jsonObject(pairs);
    }

    /** {@code JSON_OBJECT(<pairs>)}, or an empty object. */
    static String jsonObject(List<String> pairs) {
        return pairs.isEmpty() ? Sql.string("{}") : "JSON_OBJECT(" + String.join(", ", pairs) + ")";
    }

    /** A value JSON_OBJECT takes as it is (numbers, booleans, strings), else its text. */
    static String jsonValue(String expression, FlinkType type) {
        if (type != null && (type.isNumeric() || type.root() == FlinkType.Root.BOOLEAN || type.isCharacterString())) {
            return expression;
        }
        return "CAST(" + expression + " AS STRING)";
    }
}
