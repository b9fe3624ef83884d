package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.contracts.json.StreamtJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Avro record schemas generated from columns and their Flink types, mapped as Flink's Avro format maps them: STRING /
 * CHAR / VARCHAR {@code string}, BOOLEAN {@code boolean}, TINYINT / SMALLINT / INT {@code int}, BIGINT {@code long},
 * FLOAT, DOUBLE, BYTES / BINARY {@code bytes}, DECIMAL {@code bytes} with logical type decimal, DATE {@code int} date,
 * TIME {@code int} time-millis, TIMESTAMP / TIMESTAMP_LTZ {@code long} timestamp-millis (precision up to 3, else
 * timestamp-micros), ARRAY {@code array}, MAP and MULTISET {@code map} (Avro map keys are strings), ROW a nested
 * record named {@code <record>_<field>}; other types (intervals, RAW, VARIANT) {@code string}. A nullable column is
 * {@code ["null", type]} with default null. Names that Avro does not accept get their other characters replaced by
 * {@code _}. The JSON is written canonically (keys sorted). Stateless and thread-safe.
 */
final class AvroSchemas {

    private AvroSchemas() {
    }

    /**
     * The schema of a record.
     *
     * @param name the record name
     * @param namespace the namespace, or null
     * @param columns the fields (proctime columns are not stored and left out)
     */
    static String record(String name, String namespace, List<TableColumn> columns) {
        return StreamtJson.toJson(recordSchema(avroName(name), namespace, fields(columns)));
    }

    private static List<Map.Entry<String, FlinkType>> fields(List<TableColumn> columns) {
        List<Map.Entry<String, FlinkType>> fields = new ArrayList<>(columns.size());
        for (TableColumn column : columns) {
            if (!column.proctime()) {
                fields.add(Map.entry(column.name(), column.type()));
            }
        }
        return fields;
    }

    private static Map<String, Object> recordSchema(String name, String namespace,
            List<Map.Entry<String, FlinkType>> fields) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("type", "record");
        record.put("name", name);
        if (namespace != null) {
            record.put("namespace", namespace);
        }
        List<Object> list = new ArrayList<>(fields.size());
        for (Map.Entry<String, FlinkType> field : fields) {
            String fieldName = avroName(field.getKey());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", fieldName);
            entry.put("type", nullable(field.getValue(), name + "_" + fieldName));
            if (field.getValue().nullable()) {
                entry.put("default", null);
            }
            list.add(entry);
        }
        record.put("fields", list);
        return record;
    }

    private static Object nullable(FlinkType type, String recordName) {
        Object schema = schema(type, recordName);
        return type.nullable() ? List.of("null", schema) : schema;
    }

    private static Object schema(FlinkType type, String recordName) {
        switch (type.root()) {
            case CHAR, VARCHAR:
                return "string";
            case BOOLEAN:
                return "boolean";
            case BINARY, VARBINARY:
                return "bytes";
            case DECIMAL:
                return Map.of("type", "bytes", "logicalType", "decimal", "precision", type.precision(), "scale",
                        type.scale());
            case TINYINT, SMALLINT, INTEGER:
                return "int";
            case BIGINT:
                return "long";
            case FLOAT:
                return "float";
            case DOUBLE:
                return "double";
            case DATE:
                return Map.of("type", "int", "logicalType", "date");
            case TIME:
                return Map.of("type", "int", "logicalType", "time-millis");
            case TIMESTAMP, TIMESTAMP_LTZ:
                return Map.of("type", "long", "logicalType",
                        type.precision() <= 3 ? "timestamp-millis" : "timestamp-micros");
            case ARRAY:
                return Map.of("type", "array", "items", nullable(type.elements().get(0), recordName));
            case MAP:
                return Map.of("type", "map", "values", nullable(type.elements().get(1), recordName));
            case MULTISET:
                return Map.of("type", "map", "values", "int");
            case ROW: {
                List<Map.Entry<String, FlinkType>> fields = new ArrayList<>(type.fields().size());
                type.fields().forEach(field -> fields.add(Map.entry(field.name(), field.type())));
                return recordSchema(avroName(recordName), null, fields);
            }
            default:
                return "string";
        }
    }

    /** A name Avro accepts: letters, digits and {@code _}, not starting with a digit. */
    static String avroName(String name) {
        StringBuilder out = new StringBuilder(name.length() + 1);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
            out.insert(0, '_');
        }
        return out.toString();
    }
}
