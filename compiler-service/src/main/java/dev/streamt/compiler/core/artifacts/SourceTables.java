package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.project.ColumnDefinition;
import dev.streamt.compiler.core.project.EventTimeSpec;
import dev.streamt.compiler.core.project.SourceDefinition;
import dev.streamt.compiler.core.project.runtime.RuntimeConfig;
import dev.streamt.compiler.core.project.runtime.SchemaRegistry;
import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.contracts.manifest.SchemaType;
import dev.streamt.contracts.manifest.WatermarkStrategy;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link KafkaTable} of a source: its topic; its declared columns with their types (a column declared without a
 * type, or with a type this compiler cannot read, is STRING; the event-time column defaults to TIMESTAMP(3)); the
 * event-time column and its watermark ({@code max_out_of_orderness_ms} behind, or exactly the timestamp for
 * {@code monotonously_increasing}); a {@code proctime} column as {@code AS PROCTIME()}; and its encoding: Avro
 * through the registry ({@code avro-confluent}) when its schema is Avro and a registry URL is known (the schema's
 * {@code registry}, else {@code runtime.schema_registry.url}), else JSON. Stateless and thread-safe.
 */
final class SourceTables {

    private SourceTables() {
    }

    /** The table of a source, or null when it has no topic (MISSING_TOPIC was reported). */
    static KafkaTable of(SourceDefinition source, RuntimeConfig runtime) {
        if (source.topic() == null) {
            return null;
        }
        EventTimeSpec eventTime = source.eventTime();
        String eventColumn = eventTime == null ? null : eventTime.column();
        List<TableColumn> columns = new ArrayList<>(source.columns().size() + 1);
        boolean hasEventColumn = false;
        for (ColumnDefinition column : source.columns()) {
            if (column.proctime()) {
                columns.add(TableColumn.proctime(column.name()));
                continue;
            }
            FlinkType type = column.type() == null ? null : FlinkType.parse(column.type()).orElse(null);
            if (column.name().equals(eventColumn)) {
                hasEventColumn = true;
                type = type == null ? rowtimeDefault() : rowtimeType(type);
            }
            columns.add(TableColumn.of(column.name(), type == null ? FlinkType.STRING : nullable(type)));
        }
        boolean known = !columns.isEmpty();
        if (known && eventColumn != null && !hasEventColumn) {
            columns.add(TableColumn.of(eventColumn, rowtimeDefault()));
        }
        Watermark watermark = eventColumn == null ? null : new Watermark(eventColumn,
                eventTime.strategy() == WatermarkStrategy.MONOTONOUSLY_INCREASING ? 0 : eventTime.maxOutOfOrdernessMs());
        return new KafkaTable(source.topic(), columns, known, format(source, runtime), watermark, List.of(), List.of(),
                KafkaConnection.forFlink(runtime.kafka()));
    }

    /** The encoding of a source's records. */
    static TableFormat format(SourceDefinition source, RuntimeConfig runtime) {
        if (source.schema() == null || source.schema().effectiveFormat() != SchemaType.AVRO) {
            return TableFormat.JSON;
        }
        SchemaRegistry registry = runtime.schemaRegistry();
        String url = source.schema().registry() != null ? source.schema().registry()
                : registry == null ? null : registry.url();
        if (url == null || url.isBlank()) {
            return TableFormat.JSON;
        }
        String userInfo = registry != null && registry.username() != null && registry.password() != null
                ? registry.username() + ":" + registry.password() : null;
        return TableFormat.avroConfluent(url, userInfo);
    }

    /** The type of an event-time column when none is declared. */
    static FlinkType rowtimeDefault() {
        return FlinkType.timestamp(3);
    }

    /**
     * A declared event-time type as Flink accepts it for a watermark: TIMESTAMP / TIMESTAMP_LTZ with precision 3
     * (a declared {@code TIMESTAMP} means TIMESTAMP(6)); other types stay as declared and get no watermark.
     */
    static FlinkType rowtimeType(FlinkType declared) {
        if (declared.root() == FlinkType.Root.TIMESTAMP) {
            return FlinkType.timestamp(3);
        }
        if (declared.root() == FlinkType.Root.TIMESTAMP_LTZ) {
            return FlinkType.timestampLtz(3);
        }
        return nullable(declared);
    }

    /** Whether a column of this type can carry a watermark. */
    static boolean canCarryWatermark(FlinkType type) {
        return (type.root() == FlinkType.Root.TIMESTAMP || type.root() == FlinkType.Root.TIMESTAMP_LTZ)
                && type.precision() <= 3;
    }

    /** The type as a nullable value without time-attribute marker (what a topic column holds). */
    static FlinkType nullable(FlinkType type) {
        return type.withoutTimeAttribute().withNullable(true);
    }
}
