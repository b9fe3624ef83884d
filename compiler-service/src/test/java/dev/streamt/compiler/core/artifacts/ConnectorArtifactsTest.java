package dev.streamt.compiler.core.artifacts;

import static dev.streamt.compiler.core.artifacts.Plans.generate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.streamt.compiler.core.Findings;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.ConnectorArtifact;
import dev.streamt.contracts.manifest.NodeId;
import org.junit.jupiter.api.Test;

class ConnectorArtifactsTest {

    private static final String CONNECT = """
            project: {name: t, version: 1.0.0}
            runtime:
              kafka: {bootstrap_servers: localhost:9092}
              connect:
                default: local
                clusters:
                  local: {rest_url: 'http://localhost:8083'}
            """;

    @Test
    void aSinkMapsItsTypeJoinsItsTopicsAndMasksWithTransforms() {
        // acceptance 43
        Artifacts artifacts = generate(CONNECT + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: clean
                  sql: SELECT * FROM {{ source("orders_raw") }}
                - name: to_snowflake
                  from:
                  - ref: clean
                  connector:
                    type: snowflake-sink
                    config:
                      snowflake.database.name: ANALYTICS
                  security:
                    policies:
                    - mask:
                        column: card_number
                        method: redact
                """);

        assertThat(artifacts.connectors()).hasSize(1);
        ConnectorArtifact connector = artifacts.connectors().get(0);
        assertThat(connector.name()).isEqualTo("to_snowflake");
        assertThat(connector.connectorClass()).isEqualTo("com.snowflake.kafka.connector.SnowflakeSinkConnector");
        assertThat(connector.topics()).containsExactly("clean");
        assertThat(connector.cluster()).isEqualTo("local");
        assertThat(connector.ownerNode()).isEqualTo(NodeId.model("to_snowflake"));
        assertThat(connector.config()).contains(entry("name", "to_snowflake"), entry("topics", "clean"),
                entry("snowflake.database.name", "ANALYTICS"), entry("transforms", "mask0"),
                entry("transforms.mask0.type", "org.apache.kafka.connect.transforms.MaskField$Value"),
                entry("transforms.mask0.fields", "card_number"), entry("tasks.max", "1"),
                entry("connector.class", "com.snowflake.kafka.connector.SnowflakeSinkConnector"),
                entry("key.converter", "org.apache.kafka.connect.storage.StringConverter"),
                entry("value.converter", "org.apache.kafka.connect.json.JsonConverter"),
                entry("value.converter.schemas.enable", "false"));
        // the column's type is unknown: no replacement text, which would not fit a numeric field
        assertThat(connector.config()).doesNotContainKey("transforms.mask0.replacement");
    }

    @Test
    void everyShortTypeMapsToItsClassAndAClassPassesThrough() {
        assertThat(ConnectorArtifacts.connectorClass("snowflake-sink"))
                .isEqualTo("com.snowflake.kafka.connector.SnowflakeSinkConnector");
        assertThat(ConnectorArtifacts.connectorClass("bigquery-sink"))
                .isEqualTo("com.wepay.kafka.connect.bigquery.BigQuerySinkConnector");
        assertThat(ConnectorArtifacts.connectorClass("s3-sink")).isEqualTo("io.confluent.connect.s3.S3SinkConnector");
        assertThat(ConnectorArtifacts.connectorClass("jdbc-sink"))
                .isEqualTo("io.confluent.connect.jdbc.JdbcSinkConnector");
        assertThat(ConnectorArtifacts.connectorClass("elasticsearch-sink"))
                .isEqualTo("io.confluent.connect.elasticsearch.ElasticsearchSinkConnector");
        assertThat(ConnectorArtifacts.connectorClass("file-sink"))
                .isEqualTo("org.apache.kafka.connect.file.FileStreamSinkConnector");
        assertThat(ConnectorArtifacts.connectorClass("com.acme.MySink")).isEqualTo("com.acme.MySink");
        assertThat(ConnectorArtifacts.connectorClass("mystery")).isNull();
        assertThat(ConnectorArtifacts.connectorClass(null)).isNull();
    }

    @Test
    void anUnknownTypeIsAnInvalidValueAtTheTypeAndNoConnector() {
        Findings findings = new Findings();
        Artifacts artifacts = ArtifactGenerator.generate(Plans.plan(CONNECT + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: out
                  from: [{source: orders_raw}]
                  advanced:
                    connector: {type: mystery-sink}
                """), findings);

        assertThat(artifacts.connectors()).isEmpty();
        Diagnostic error = findings.toDiagnostics().errors().get(0);
        assertThat(error.code()).isEqualTo("INVALID_VALUE");
        assertThat(error.message()).contains("mystery-sink");
        assertThat(error.line()).isEqualTo(15);
        assertThat(error.hint()).contains("snowflake-sink");
    }

    @Test
    void userConfigWinsButForNameClassAndTopicsAndMaskingFollowsTheUsersTransforms() {
        Artifacts artifacts = generate(CONNECT + """
                  schema_registry: {url: 'http://sr:8081', username: u, password: '${SR_PASSWORD}'}
                sources:
                - name: a
                  topic: a.v1
                  schema: {format: avro}
                  columns:
                  - {name: id, type: BIGINT}
                  - {name: email, type: STRING}
                  - {name: phone, type: STRING}
                - name: b
                  topic: b.v1
                  schema: {format: avro}
                models:
                - name: out
                  from: [{source: a}, {source: b}]
                  connector:
                    type: jdbc-sink
                    tasks_max: 3
                    config:
                      name: other
                      topics: nope
                      transforms: route, mask0
                      transforms.route.type: org.apache.kafka.connect.transforms.RegexRouter
                      connection.url: ${JDBC_URL}
                  security:
                    masking:
                    - {column: email, policy: hash}
                    - {column: phone, policy: 'null'}
                """);

        ConnectorArtifact connector = artifacts.connectors().get(0);
        assertThat(connector.topics()).containsExactly("a.v1", "b.v1");
        assertThat(connector.config()).contains(entry("name", "out"), entry("topics", "a.v1,b.v1"),
                entry("tasks.max", "3"), entry("connection.url", "${JDBC_URL}"),
                entry("transforms", "route,mask0,mask1,mask2"),
                entry("transforms.mask1.type", ConnectMasking.MASK_FIELD), entry("transforms.mask1.fields", "email"),
                entry("transforms.mask2.type", ConnectMasking.REPLACE_FIELD),
                entry("transforms.mask2.exclude", "phone"),
                entry("value.converter", "io.confluent.connect.avro.AvroConverter"),
                entry("value.converter.schema.registry.url", "http://sr:8081"),
                entry("value.converter.basic.auth.credentials.source", "USER_INFO"),
                entry("value.converter.basic.auth.user.info", "u:${SR_PASSWORD}"));
    }

    @Test
    void aMaskedCharacterColumnIsReplacedByStars() {
        Artifacts artifacts = generate(CONNECT + """
                sources:
                - name: a
                  topic: a.v1
                  columns:
                  - {name: email, type: STRING}
                models:
                - name: clean
                  sql: SELECT email FROM {{ source('a') }} WHERE email IS NOT NULL
                  materialized: flink
                - name: out
                  from: clean
                  connector: {type: s3-sink, config: {value.converter: my.Converter}}
                  security:
                    masking:
                    - {column: email, policy: partial}
                """);

        ConnectorArtifact connector = artifacts.connectors().get(0);
        assertThat(connector.config()).contains(entry("transforms.mask0.replacement", "***"),
                entry("value.converter", "my.Converter"));
        assertThat(connector.config()).doesNotContainKey("value.converter.schemas.enable");
    }
}
