package dev.streamt.compiler.core.artifacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the {@code CREATE TABLE} of a {@link KafkaTable} for reading (a job input) or writing (a job output):
 * columns, watermark, primary key, and the connector options of flink-connector-kafka ({@code kafka} or
 * {@code upsert-kafka}). Stateless and thread-safe.
 */
final class TableDdl {

    /** Where every job starts reading: the whole topic, so that a new job computes its result from the start. */
    static final String STARTUP_MODE = "earliest-offset";

    private TableDdl() {
    }

    /** The table as a job input, reading with consumer group {@code groupId}. */
    static String source(String tableName, KafkaTable table, String groupId) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("connector", table.upsert() ? "upsert-kafka" : "kafka");
        options.put("topic", table.topic());
        options.putAll(table.connection().connectorOptions());
        options.put("properties.group.id", groupId);
        if (!table.upsert()) {
            // upsert-kafka always reads the whole changelog and has no startup mode.
            options.put("scan.startup.mode", STARTUP_MODE);
        }
        formatOptions(table, options);
        return create(tableName, table, true, options);
    }

    /** The table as a job output. */
    static String sink(String tableName, KafkaTable table) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("connector", table.upsert() ? "upsert-kafka" : "kafka");
        options.put("topic", table.topic());
        options.putAll(table.connection().connectorOptions());
        formatOptions(table, options);
        if (!table.upsert()) {
            options.put("sink.delivery-guarantee", "at-least-once");
        }
        return create(tableName, table, false, options);
    }

    private static void formatOptions(KafkaTable table, Map<String, String> options) {
        if (table.upsert()) {
            options.putAll(table.format().options("key."));
            options.putAll(table.format().options("value."));
            options.put("value.fields-include", "ALL");
        } else if (!table.keyFields().isEmpty()) {
            options.putAll(table.format().options("key."));
            options.put("key.fields", String.join(";", table.keyFields()));
            options.putAll(table.format().options("value."));
            // A raw copy keeps key and value apart; otherwise the key columns stay in the value too.
            options.put("value.fields-include", table.format().kind() == TableFormat.Kind.RAW ? "EXCEPT_KEY" : "ALL");
        } else {
            options.putAll(table.format().options(""));
        }
    }

    private static String create(String tableName, KafkaTable table, boolean reading, Map<String, String> options) {
        List<String> parts = new ArrayList<>(table.columns().size() + 2);
        for (TableColumn column : table.columns()) {
            if (column.proctime() && !reading) {
                // A sink stores the processing time it was given as a plain timestamp.
                parts.add(TableColumn.of(column.name(), column.type()).ddl());
            } else if (table.primaryKey().contains(column.name())) {
                parts.add(column.withType(column.type().notNull()).ddl());
            } else {
                parts.add(column.ddl());
            }
        }
        if (reading && table.watermark() != null) {
            parts.add(table.watermark().ddl());
        }
        if (table.upsert()) {
            parts.add("PRIMARY KEY (" + Sql.identList(table.primaryKey()) + ") NOT ENFORCED");
        }
        return "CREATE TABLE " + Sql.ident(tableName) + " (\n  " + String.join(",\n  ", parts) + "\n) "
                + Sql.with(options);
    }
}
