package dev.streamt.compiler.core.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.compiler.core.sql.parse.FlinkStatementCheck;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableDdlTest {

    private static final KafkaConnection CONNECTION = new KafkaConnection("kafka:9092",
            Map.of("security.protocol", "SSL"));
    private static final List<TableColumn> COLUMNS = List.of(TableColumn.of("id", FlinkType.BIGINT),
            TableColumn.of("ts", FlinkType.timestamp(3)), TableColumn.proctime("pt"));

    private static KafkaTable table(TableFormat format, List<String> primaryKey, List<String> keyFields) {
        return new KafkaTable("t.v1", COLUMNS, true, format, new Watermark("ts", 2000), primaryKey, keyFields,
                CONNECTION);
    }

    @Test
    void aSourceReadsFromTheStartWithItsGroupWatermarkAndProctime() {
        String ddl = TableDdl.source("t", table(TableFormat.JSON, List.of(), List.of()), "g");

        assertThat(ddl).isEqualTo("""
                CREATE TABLE `t` (
                  `id` BIGINT,
                  `ts` TIMESTAMP(3),
                  `pt` AS PROCTIME(),
                  WATERMARK FOR `ts` AS `ts` - INTERVAL '2' SECOND
                ) WITH (
                  'connector' = 'kafka',
                  'topic' = 't.v1',
                  'properties.bootstrap.servers' = 'kafka:9092',
                  'properties.security.protocol' = 'SSL',
                  'properties.group.id' = 'g',
                  'scan.startup.mode' = 'earliest-offset',
                  'format' = 'json'
                )""");
        assertThat(FlinkStatementCheck.check(ddl)).isEmpty();
    }

    @Test
    void aSinkWritesNoWatermarkAndStoresProcessingTimeAsATimestamp() {
        String ddl = TableDdl.sink("t", table(TableFormat.JSON, List.of(), List.of("id")));

        assertThat(ddl).contains("`pt` TIMESTAMP_LTZ(3) NOT NULL", "'key.format' = 'json'", "'key.fields' = 'id'",
                "'value.fields-include' = 'ALL'", "'sink.delivery-guarantee' = 'at-least-once'")
                .doesNotContain("WATERMARK", "group.id", "scan.startup.mode");
        assertThat(FlinkStatementCheck.check(ddl)).isEmpty();
    }

    @Test
    void anUpsertTableHasANotNullPrimaryKeyAndNoStartupMode() {
        KafkaTable upsert = table(TableFormat.JSON, List.of("id"), List.of());
        for (String ddl : List.of(TableDdl.source("t", upsert, "g"), TableDdl.sink("t", upsert))) {
            assertThat(ddl).contains("'connector' = 'upsert-kafka'", "`id` BIGINT NOT NULL",
                    "PRIMARY KEY (`id`) NOT ENFORCED", "'key.format' = 'json'", "'value.format' = 'json'")
                    .doesNotContain("scan.startup.mode", "sink.delivery-guarantee");
            assertThat(FlinkStatementCheck.check(ddl)).isEmpty();
        }
    }

    @Test
    void avroThroughTheRegistryAndRawCopies() {
        String avro = TableDdl.source("t", table(TableFormat.avroConfluent("http://sr:8081", "u:${P}"), List.of(),
                List.of()), "g");
        assertThat(avro).contains("'format' = 'avro-confluent'", "'avro-confluent.url' = 'http://sr:8081'",
                "'avro-confluent.basic-auth.credentials-source' = 'USER_INFO'",
                "'avro-confluent.basic-auth.user-info' = 'u:${P}'");
        String raw = TableDdl.sink("t", table(TableFormat.JSON, List.of(), List.of()).asRaw());
        assertThat(raw).contains("`kafka_key` BYTES", "`kafka_value` BYTES", "'key.format' = 'raw'",
                "'value.format' = 'raw'", "'value.fields-include' = 'EXCEPT_KEY'");
        assertThat(FlinkStatementCheck.check(avro)).isEmpty();
        assertThat(FlinkStatementCheck.check(raw)).isEmpty();
        assertThatThrownBy(() -> TableFormat.avroConfluent(" ", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tablesValidateTheirParts() {
        assertThatThrownBy(() -> new KafkaTable(" ", COLUMNS, true, TableFormat.JSON, null, List.of(), List.of(),
                CONNECTION)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KafkaTable("t", COLUMNS, true, TableFormat.JSON, null, List.of("id"),
                List.of("id"), CONNECTION)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Watermark("ts", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TableColumn.of("", FlinkType.INT)).isInstanceOf(IllegalArgumentException.class);
        KafkaTable table = table(TableFormat.JSON, List.of(), List.of());
        assertThat(table.withAdded(List.of(TableColumn.of("id", FlinkType.STRING)))).isSameAs(table);
        assertThat(table.withAdded(List.of(TableColumn.of("x", FlinkType.STRING))).columns()).hasSize(4);
    }
}
