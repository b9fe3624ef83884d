package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.InputUsage;
import dev.streamt.compiler.core.sql.analysis.ReferencedColumn;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The input tables of one model as its job declares them: the input's {@link KafkaTable} (from the catalog; for an
 * input of another project, built from what the analyzer knew), with
 * <ul>
 * <li>the columns the SQL reads when the input's columns were not declared (types as the analyzer defaulted them:
 * STRING, TIMESTAMP(3) for the event-time column);</li>
 * <li>the event-time column with its watermark and the processing-time column, as the analyzer saw them;</li>
 * <li>a single raw {@code kafka_value} column when the SQL reads no column of an undeclared input (a
 * {@code COUNT(*)}), since a table needs a column.</li>
 * </ul>
 * Only inputs the SQL reads are declared. Stateless and thread-safe.
 */
final class ModelInputs {

    /** An input and the table its job declares for it. */
    record Input(InputRelation relation, KafkaTable table) {
        Input {
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(table, "table");
        }
    }

    private ModelInputs() {
    }

    /**
     * The inputs a model's SQL reads, in the plan's order.
     *
     * @param inputs the model's inputs
     * @param analysis the analysis (usages tell which inputs and columns are read); null for a sink
     * @param catalog the table of a node id, or null when unknown
     * @param connection how to reach topics the catalog does not know
     */
    static List<Input> resolve(List<InputRelation> inputs, SqlAnalysis analysis, Function<String, KafkaTable> catalog,
            KafkaConnection connection) {
        List<Input> resolved = new ArrayList<>(inputs.size());
        for (InputRelation relation : inputs) {
            InputUsage usage = usageOf(analysis, relation.table());
            if (analysis != null && usage == null) {
                continue;
            }
            KafkaTable base = catalog.apply(relation.nodeId());
            if (base == null) {
                base = foreign(relation, connection);
            }
            resolved.add(new Input(relation, complete(base, relation, usage)));
        }
        return resolved;
    }

    private static InputUsage usageOf(SqlAnalysis analysis, String table) {
        if (analysis == null) {
            return null;
        }
        for (InputUsage usage : analysis.inputUsages()) {
            if (usage.input().table().equals(table)) {
                return usage;
            }
        }
        return null;
    }

    /** The table of an input the catalog does not know (a model of another project): its declared columns, JSON. */
    static KafkaTable foreign(InputRelation relation, KafkaConnection connection) {
        List<TableColumn> columns = new ArrayList<>(relation.columns().size());
        for (InputColumn column : relation.columns()) {
            FlinkType type = column.type() == null ? null : FlinkType.parse(column.type()).orElse(null);
            columns.add(TableColumn.of(column.name(), type == null ? FlinkType.STRING : SourceTables.nullable(type)));
        }
        String node = relation.nodeId();
        String topic = node.substring(node.indexOf('.', node.indexOf(':') + 1) + 1);
        return new KafkaTable(topic, columns, relation.columnsDeclared() && !columns.isEmpty(), TableFormat.JSON, null,
                List.of(), List.of(), connection);
    }

    private static KafkaTable complete(KafkaTable base, InputRelation relation, InputUsage usage) {
        KafkaTable table = base;
        if (!table.columnsKnown() && usage != null) {
            List<TableColumn> read = new ArrayList<>(usage.columns().size());
            for (ReferencedColumn column : usage.columns()) {
                read.add(column.type().timeAttribute() == FlinkType.TimeAttribute.PROCTIME
                        ? TableColumn.proctime(column.name())
                        : TableColumn.of(column.name(), SourceTables.nullable(column.type())));
            }
            table = table.withColumns(read, false);
        }
        String eventColumn = relation.eventTimeColumn() != null ? relation.eventTimeColumn()
                : table.watermark() == null ? null : table.watermark().column();
        table = withEventTime(table, eventColumn);
        if (relation.proctimeColumn() != null) {
            table = withProctime(table, relation.proctimeColumn());
        }
        if (table.columns().isEmpty() && usage != null) {
            return table.withColumns(List.of(TableColumn.of("kafka_value", FlinkType.BYTES)), false)
                    .withWatermark(null).withFormat(TableFormat.RAW);
        }
        return table;
    }

    /** The table with {@code column} as its event time (added as TIMESTAMP(3) when missing), if its type allows. */
    static KafkaTable withEventTime(KafkaTable table, String column) {
        if (column == null) {
            return table.withWatermark(null);
        }
        long delay = table.watermark() == null ? Watermark.DEFAULT_DELAY_MS : table.watermark().delayMs();
        List<TableColumn> columns = new ArrayList<>(table.columns().size() + 1);
        boolean found = false;
        for (TableColumn existing : table.columns()) {
            if (existing.name().equals(column) && !existing.proctime()) {
                found = true;
                columns.add(existing.withType(SourceTables.rowtimeType(existing.type())));
            } else {
                columns.add(existing);
            }
        }
        if (!found) {
            columns.add(TableColumn.of(column, SourceTables.rowtimeDefault()));
        }
        KafkaTable withColumn = table.withColumns(columns, table.columnsKnown());
        TableColumn typed = withColumn.column(column);
        return withColumn.withWatermark(typed != null && !typed.proctime()
                && SourceTables.canCarryWatermark(typed.type()) ? new Watermark(column, delay) : null);
    }

    /** The table with {@code column} as its computed processing-time attribute. */
    static KafkaTable withProctime(KafkaTable table, String column) {
        List<TableColumn> columns = new ArrayList<>(table.columns().size() + 1);
        boolean found = false;
        for (TableColumn existing : table.columns()) {
            if (existing.name().equals(column)) {
                found = true;
                columns.add(TableColumn.proctime(column));
            } else {
                columns.add(existing);
            }
        }
        if (!found) {
            columns.add(TableColumn.proctime(column));
        }
        return table.withColumns(columns, table.columnsKnown());
    }
}
