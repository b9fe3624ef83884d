package dev.streamt.planner.target.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.contracts.manifest.RuntimeTargets;
import dev.streamt.planner.core.TargetUnavailableException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class KafkaTopicCollectorTest {

    private static final RuntimeTargets RUNTIME = new RuntimeTargets(KafkaConnection.plaintext("kafka:9092"));

    /** A cluster that answers from memory and counts the calls. */
    static class RecordingCluster implements TopicMetadata {
        final Set<String> topics;
        int listCalls;
        final List<Integer> describeSizes = new ArrayList<>();
        final List<Integer> configSizes = new ArrayList<>();

        RecordingCluster(Set<String> topics) {
            this.topics = topics;
        }

        @Override
        public Set<String> topicNames() {
            listCalls++;
            return topics;
        }

        @Override
        public Map<String, TopicDescription> describe(Collection<String> names) {
            describeSizes.add(names.size());
            Node node = new Node(1, "localhost", 9092);
            return names.stream().collect(Collectors.toMap(name -> name, name -> new TopicDescription(name, false,
                    List.of(new TopicPartitionInfo(0, node, List.of(node), List.of(node)),
                            new TopicPartitionInfo(1, node, List.of(node), List.of(node))))));
        }

        @Override
        public Map<String, Config> configs(Collection<String> names) {
            configSizes.add(names.size());
            Map<String, Config> configs = new HashMap<>();
            for (String name : names) {
                configs.put(name, new Config(List.of(
                        new ConfigEntry("retention.ms", "1000", ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG, false,
                                false, List.of(), ConfigEntry.ConfigType.LONG, null),
                        new ConfigEntry("segment.ms", "604800000", ConfigEntry.ConfigSource.DEFAULT_CONFIG, false,
                                false, List.of(), ConfigEntry.ConfigType.LONG, null))));
            }
            return configs;
        }
    }

    @Test
    void readsManyTopicsInOneListingAndAFewChunkedDescribes() {
        Set<String> all = IntStream.range(0, 5_000).mapToObj(i -> "t" + i).collect(Collectors.toCollection(TreeSet::new));
        RecordingCluster cluster = new RecordingCluster(all);
        KafkaTopicCollector collector = new KafkaTopicCollector(connection -> cluster, 1_000, () -> { });

        Map<String, Map<String, Object>> running = collector.collect(RUNTIME, all);

        assertThat(running).hasSize(5_000);
        assertThat(cluster.listCalls).isEqualTo(1);
        assertThat(cluster.describeSizes).containsExactly(1_000, 1_000, 1_000, 1_000, 1_000);
        assertThat(cluster.configSizes).containsExactly(1_000, 1_000, 1_000, 1_000, 1_000);
    }

    @Test
    void onlyNamedTopicsThatExistAreRead() {
        RecordingCluster cluster = new RecordingCluster(Set.of("orders", "someone.elses", "payments"));
        KafkaTopicCollector collector = new KafkaTopicCollector(connection -> cluster, 500, () -> { });

        Map<String, Map<String, Object>> running = collector.collect(RUNTIME, Set.of("orders", "missing"));

        assertThat(running).containsOnlyKeys("orders");
        assertThat(cluster.describeSizes).containsExactly(1);
        Map<String, Object> orders = running.get("orders");
        assertThat(orders).containsEntry("partitions", 2).containsEntry("replication_factor", 1);
        assertThat(TopicState.config(orders)).containsEntry("retention.ms", "1000");
        assertThat(TopicState.overrides(orders)).containsExactly("retention.ms");
    }

    @Test
    void chunksAreConsecutiveAndCoverEverything() {
        assertThat(KafkaTopicCollector.chunks(List.of(1, 2, 3, 4, 5), 2))
                .containsExactly(List.of(1, 2), List.of(3, 4), List.of(5));
        assertThat(KafkaTopicCollector.chunks(List.of(), 2)).isEmpty();
    }

    @Test
    void aClusterThatDoesNotAnswerIsUnavailableNamingTheAddress() {
        TopicMetadata silent = new RecordingCluster(Set.of()) {
            @Override
            public Set<String> topicNames() {
                throw new TimeoutException("no answer within 3s");
            }
        };
        KafkaTopicCollector collector = new KafkaTopicCollector(connection -> silent, 500, () -> { });
        assertThatThrownBy(() -> collector.collect(RUNTIME, Set.of("orders")))
                .isInstanceOf(TargetUnavailableException.class)
                .hasMessage("the project's Kafka at kafka:9092 did not answer: no answer within 3s");
    }

    @Test
    void aManifestWithoutAKafkaConnectionIsUnavailable() {
        KafkaTopicCollector collector = new KafkaTopicCollector(connection -> null, 500, () -> { });
        assertThatThrownBy(() -> collector.collect(RuntimeTargets.NONE, Set.of("orders")))
                .isInstanceOf(TargetUnavailableException.class).hasMessageContaining("no runtime.kafka");
    }
}
