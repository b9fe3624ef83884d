package dev.streamt.compiler.core.artifacts;

import static dev.streamt.compiler.core.artifacts.Plans.FLINK;
import static dev.streamt.compiler.core.artifacts.Plans.generate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.TopicArtifact;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicArtifactsTest {

    @Test
    void defaultsApplyAndTheModelOverridesNamePartitionsAndConfig() {
        // acceptance 45
        Artifacts artifacts = generate(FLINK + """
                defaults:
                  topic:
                    partitions: 6
                    replication_factor: 3
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: a
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY customer_id
                - name: b
                  sql: SELECT customer_id, COUNT(*) AS n FROM {{ source('orders_raw') }} GROUP BY customer_id
                  advanced:
                    topic:
                      name: orders.b.v1
                      partitions: 12
                      config:
                        retention.ms: 86400000
                """);

        assertThat(artifacts.topics()).containsExactly(
                new TopicArtifact("a", 6, 3, Map.of(), NodeId.model("a")),
                new TopicArtifact("orders.b.v1", 12, 3, Map.of("retention.ms", "86400000"), NodeId.model("b")));
        assertThat(Plans.statement(Plans.job(artifacts, "b"), "CREATE TABLE `b`", "upsert"))
                .contains("'topic' = 'orders.b.v1'");
    }

    @Test
    void withoutDefaultsATopicHasOnePartitionAndOneReplica() {
        // acceptance 39
        Artifacts artifacts = generate(FLINK + """
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: orders_copy
                  sql: SELECT * FROM {{ source("orders_raw") }}
                  advanced:
                    topic: {partitions: 12, replication_factor: 3}
                - name: plain
                  sql: SELECT * FROM {{ source("orders_raw") }}
                """);

        assertThat(artifacts.topics()).containsExactly(
                new TopicArtifact("orders_copy", 12, 3, Map.of(), NodeId.model("orders_copy")),
                new TopicArtifact("plain", 1, 1, Map.of(), NodeId.model("plain")));
    }

    @Test
    void continuousTestsAddTheFailuresTopicOwnedByNoNode() {
        Artifacts artifacts = generate(FLINK + """
                defaults:
                  topic: {partitions: 3, config: {retention.ms: '604800000'}}
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: clean
                  sql: SELECT * FROM {{ source("orders_raw") }}
                tests:
                - name: q
                  model: clean
                  type: continuous
                  assertions:
                  - not_null: {columns: [order_id]}
                """);

        assertThat(artifacts.topics()).extracting(TopicArtifact::name).containsExactly("clean",
                "_streamt_test_failures");
        assertThat(artifacts.topics().get(1))
                .isEqualTo(new TopicArtifact("_streamt_test_failures", 3, 1, Map.of("retention.ms", "604800000"), null));
    }

    @Test
    void virtualTopicsAndSinksCreateNoTopic() {
        Artifacts artifacts = generate(FLINK + """
                  connect:
                    default: local
                    clusters:
                      local: {rest_url: 'http://localhost:8083'}
                  conduktor:
                    gateway: {admin_url: 'http://localhost:8888', proxy_bootstrap: 'localhost:6969'}
                sources:
                - name: orders_raw
                  topic: orders.raw.v1
                models:
                - name: eu
                  sql: SELECT * FROM {{ source("orders_raw") }} WHERE region = 'EU'
                - name: out
                  from: [{source: orders_raw}]
                  connector: {type: s3-sink}
                """);

        assertThat(artifacts.topics()).isEmpty();
        assertThat(artifacts.flinkJobs()).isEmpty();
    }
}
