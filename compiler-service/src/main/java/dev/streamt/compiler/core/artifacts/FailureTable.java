package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.List;

/**
 * The {@value TopicArtifacts#TEST_FAILURES_TOPIC} topic as continuous test jobs write it: one JSON record per
 * violation with {@code project}, {@code environment} (null without environments), {@code test_name}, {@code node}
 * (the tested node id), {@code assertion} (its kind), {@code message} (what is wrong), {@code row_json} (the offending
 * row, or for a windowed check the key, counts and window, as a JSON object) and {@code detected_at}. The
 * test-runner reads these fields. Stateless and thread-safe.
 */
final class FailureTable {

    /** The table name in a test job. */
    static final String TABLE = "streamt_test_failures";

    static final List<String> COLUMNS = List.of("project", "environment", "test_name", "node", "assertion", "message",
            "row_json", "detected_at");

    private FailureTable() {
    }

    /** The table, on the project's Kafka cluster. */
    static KafkaTable table(KafkaConnection connection) {
        List<TableColumn> columns = List.of(
                TableColumn.of("project", FlinkType.STRING),
                TableColumn.of("environment", FlinkType.STRING),
                TableColumn.of("test_name", FlinkType.STRING),
                TableColumn.of("node", FlinkType.STRING),
                TableColumn.of("assertion", FlinkType.STRING),
                TableColumn.of("message", FlinkType.STRING),
                TableColumn.of("row_json", FlinkType.STRING),
                TableColumn.of("detected_at", FlinkType.timestampLtz(3)));
        return new KafkaTable(TopicArtifacts.TEST_FAILURES_TOPIC, columns, true, TableFormat.JSON, null, List.of(),
                List.of(), connection);
    }
}
