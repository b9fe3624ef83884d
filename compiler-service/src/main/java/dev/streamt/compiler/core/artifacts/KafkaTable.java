package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A Kafka topic as Flink jobs see it: the topic, its columns, encoding, event time, and for a changelog (upsert) topic
 * its primary key. One per source and per model that owns (or aliases) a topic; a job declares it under the table
 * name its SQL uses. Immutable and thread-safe.
 *
 * @param topic the Kafka topic
 * @param columns the value columns in order (physical and proctime); empty when unknown
 * @param columnsKnown whether {@code columns} is the full list (false for a source declared without columns, or a
 *     model whose {@code *} expands such a source): jobs then declare the columns their SQL reads
 * @param format how records are encoded
 * @param watermark the event-time column and its watermark, or null
 * @param primaryKey the key of an upsert topic (written and read through upsert-kafka); empty for an append topic
 * @param keyFields value columns also written as the record key (partitioning) of an append topic; empty: no key
 * @param connection how to reach the topic
 */
record KafkaTable(String topic, List<TableColumn> columns, boolean columnsKnown, TableFormat format,
        Watermark watermark, List<String> primaryKey, List<String> keyFields, KafkaConnection connection) {

    /** The columns of a byte-exact copy: the record key and value as they are. */
    static final List<TableColumn> RAW_COLUMNS = List.of(TableColumn.of("kafka_key", FlinkType.BYTES),
            TableColumn.of("kafka_value", FlinkType.BYTES));

    KafkaTable {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        columns = List.copyOf(columns);
        Objects.requireNonNull(format, "format");
        primaryKey = List.copyOf(primaryKey);
        keyFields = List.copyOf(keyFields);
        Objects.requireNonNull(connection, "connection");
        if (!primaryKey.isEmpty() && !keyFields.isEmpty()) {
            throw new IllegalArgumentException("an upsert topic is keyed by its primary key");
        }
    }

    /** Whether the topic is a changelog with a primary key (upsert-kafka). */
    boolean upsert() {
        return !primaryKey.isEmpty();
    }

    /** The column of that name, or null. */
    TableColumn column(String name) {
        for (TableColumn column : columns) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        return null;
    }

    /** The same topic declared with other columns. */
    KafkaTable withColumns(List<TableColumn> newColumns, boolean known) {
        return new KafkaTable(topic, newColumns, known, format, watermark, primaryKey, keyFields, connection);
    }

    /** The same topic with another watermark (null: none). */
    KafkaTable withWatermark(Watermark newWatermark) {
        return new KafkaTable(topic, columns, columnsKnown, format, newWatermark, primaryKey, keyFields, connection);
    }

    /** The same columns in another encoding. */
    KafkaTable withFormat(TableFormat newFormat) {
        return new KafkaTable(topic, columns, columnsKnown, newFormat, watermark, primaryKey, keyFields, connection);
    }

    /** The same table on another topic, reached through {@code newConnection}. */
    KafkaTable withTopic(String newTopic, KafkaConnection newConnection) {
        return new KafkaTable(newTopic, columns, columnsKnown, format, watermark, primaryKey, keyFields, newConnection);
    }

    /**
     * The same topic read record by record as an append stream: an upsert topic's rows (its key columns are in the
     * value too) without the changelog semantics; tombstones carry no value and are skipped by the format.
     */
    KafkaTable appendOnly() {
        return upsert() ? new KafkaTable(topic, columns, columnsKnown, format, watermark, List.of(), List.of(),
                connection) : this;
    }

    /** The same topic read as raw bytes (key and value), for a byte-exact copy. */
    KafkaTable asRaw() {
        return new KafkaTable(topic, RAW_COLUMNS, true, TableFormat.RAW, null, List.of(), List.of("kafka_key"),
                connection);
    }

    /** The same table with these columns appended when missing (names compared exactly). */
    KafkaTable withAdded(List<TableColumn> extra) {
        List<TableColumn> merged = new ArrayList<>(columns);
        for (TableColumn column : extra) {
            if (column(column.name()) == null) {
                merged.add(column);
            }
        }
        return merged.size() == columns.size() ? this : withColumns(merged, columnsKnown);
    }
}
