package dev.streamt.compiler.core.project;

import static dev.streamt.compiler.core.project.TestProjects.assertAt;
import static dev.streamt.compiler.core.project.TestProjects.loadWithHeader;
import static dev.streamt.compiler.core.project.TestProjects.only;
import static dev.streamt.compiler.core.project.TestProjects.validWithHeader;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.contracts.diagnostics.Diagnostic;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code topic}, {@code flink} and {@code connector} written on a model are shorthands of {@code advanced.*}. */
class ModelShorthandTest {

    @Test
    void topLevelTopicIsTheAdvancedTopicAndPointsAtItsLine() {
        ModelDefinition model = validWithHeader("""
                models:
                - name: agg
                  topic:
                    partitions: 6
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY
                    customer_id
                """).model("agg").orElseThrow();

        assertThat(model.topic()).isEqualTo(new TopicSettings(null, 6, null, Map.of()));
        assertAt(model.spanOf("advanced.topic.partitions"), "stream_project.yml", 10, 5,
                "models[0].topic.partitions");
        assertAt(model.spanOf("advanced.topic"), "stream_project.yml", 9, 3, "models[0].topic");
    }

    @Test
    void flinkAndConnectorShorthands() {
        ProjectDefinition project = validWithHeader("""
                models:
                - name: agg
                  sql: SELECT 1
                  flink:
                    parallelism: 8
                    checkpoint_interval: 60000
                    checkpoint_timeout: 300000
                    state_backend: rocksdb
                    state_ttl_ms: -1000
                    restart_strategy: fixed-delay
                - name: out
                  from: agg
                  connector:
                    type: snowflake-sink
                    tasks_max: 4
                    config:
                      snowflake.url.name: ${SNOWFLAKE_URL}
                """);

        FlinkSettings flink = project.model("agg").orElseThrow().flink();
        assertThat(flink).isEqualTo(new FlinkSettings(8, 60000L, 300000L, StateBackend.ROCKSDB, -1000L, "fixed-delay",
                null));
        assertAt(project.model("agg").orElseThrow().spanOf("advanced.flink.checkpoint_interval_ms"),
                "stream_project.yml", 12, 5, "models[0].flink.checkpoint_interval");
        assertThat(project.model("out").orElseThrow().connector())
                .isEqualTo(new ConnectorSettings("snowflake-sink", 4, Map.of("snowflake.url.name", "${SNOWFLAKE_URL}")));
    }

    @Test
    void advancedFormKeepsNegativeStateTtlForTheLaterRule() {
        ModelDefinition model = validWithHeader("""
                models:
                - name: agg
                  sql: SELECT 1
                  advanced:
                    flink:
                      state_ttl_ms: -1000
                """).model("agg").orElseThrow();

        assertThat(model.flink().stateTtlMs()).isEqualTo(-1000L);
        assertAt(model.spanOf("advanced.flink.state_ttl_ms"), "stream_project.yml", 12, 7,
                "models[0].advanced.flink.state_ttl_ms");
    }

    @Test
    void bothFormsForTheSameKeyAreInvalid() {
        LoadResult result = loadWithHeader("""
                models:
                - name: agg
                  sql: SELECT 1
                  topic:
                    partitions: 6
                  flink:
                    parallelism: 2
                  advanced:
                    topic:
                      partitions: 12
                    flink:
                      parallelism: 4
                """);

        assertThat(result.codes()).containsExactly("INVALID_VALUE", "INVALID_VALUE");
        Diagnostic topic = result.diagnostics().get(0);
        assertAt(topic, "stream_project.yml", 10, 3, "models[0].topic");
        assertThat(topic.message()).isEqualTo("Both 'models[0].topic' and 'models[0].advanced.topic' are set");
        assertThat(topic.hint()).contains("shorthand");
        assertAt(result.diagnostics().get(1), "stream_project.yml", 12, 3, "models[0].flink");
        assertThat(result.project().model("agg").orElseThrow().topic().partitions()).isEqualTo(12);
    }

    @Test
    void checkpointIntervalAndItsAliasTogetherAreInvalid() {
        Diagnostic diagnostic = only(loadWithHeader("""
                models:
                - name: agg
                  sql: SELECT 1
                  advanced:
                    flink:
                      checkpoint_interval_ms: 1000
                      checkpoint_interval: 2000
                """), "INVALID_VALUE");

        assertAt(diagnostic, "stream_project.yml", 13, 7, "models[0].advanced.flink.checkpoint_interval");
    }

    @Test
    void topicDefaultsApplyUnderTheModelsOwnSettings() {
        ProjectDefinition project = validWithHeader("""
                defaults:
                  topic:
                    partitions: 6
                    replication_factor: 3
                    config:
                      cleanup.policy: delete
                  models:
                    cluster: main
                    topic:
                      partitions: 4
                  tests:
                    flink_cluster: local
                models:
                - name: a
                  sql: SELECT 1
                - name: b
                  sql: SELECT 1
                  advanced:
                    topic:
                      name: orders.b.v1
                      partitions: 12
                      config:
                        retention.ms: 86400000
                """);

        Defaults defaults = project.defaults();
        assertThat(defaults.effectiveTopic()).isEqualTo(new TopicSettings(null, 4, 3, Map.of("cleanup.policy",
                "delete")));
        assertThat(defaults.topicFor(project.model("a").orElseThrow()))
                .isEqualTo(new TopicSettings(null, 4, 3, Map.of("cleanup.policy", "delete")));
        assertThat(defaults.topicFor(project.model("b").orElseThrow())).isEqualTo(new TopicSettings("orders.b.v1", 12,
                3, Map.of("cleanup.policy", "delete", "retention.ms", "86400000")));
        assertThat(defaults.modelsCluster()).isEqualTo("main");
        assertThat(defaults.testsFlinkCluster()).isEqualTo("local");
        assertAt(defaults.spanOf("topic.partitions"), "stream_project.yml", 9, 5, "defaults.topic.partitions");
        assertAt(project.model("b").orElseThrow().spanOf("advanced.topic.config['retention.ms']"),
                "stream_project.yml", 29, 9, "models[1].advanced.topic.config['retention.ms']");
    }

    @Test
    void withoutDefaultsTopicsGetOnePartitionAndReplica() {
        ProjectDefinition project = validWithHeader("models:\n- name: a\n  sql: SELECT 1\n");

        assertThat(project.defaults().topicFor(project.model("a").orElseThrow()))
                .isEqualTo(new TopicSettings(null, 1, 1, Map.of()));
    }
}
