package dev.streamt.planner.target.kafka;

import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.contracts.manifest.RuntimeTargets;
import dev.streamt.planner.core.ResourceCollector;
import dev.streamt.planner.core.TargetUnavailableException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;

/**
 * Reads topics in batches: one ListTopics for the whole cluster, then, for the named topics that exist, one
 * DescribeTopics and one DescribeConfigs per chunk of {@code batchSize} topics. 5,000 topics are 1 + 2 × 5 calls, not
 * 10,000.
 *
 * <p>Threading: thread-safe; {@link #collect} blocks up to the Admin timeout per call.
 */
public final class KafkaTopicCollector implements ResourceCollector {

    private final Function<KafkaConnection, TopicMetadata> metadata;
    private final int batchSize;
    private final Runnable onClose;

    /** A collector over real clusters, through the service's shared admin clients (closed by their owner). */
    public KafkaTopicCollector(KafkaAdmins admins, int batchSize) {
        this(admins::metadata, batchSize, () -> { });
    }

    /** A collector over any metadata source (tests count its calls). */
    public KafkaTopicCollector(Function<KafkaConnection, TopicMetadata> metadata, int batchSize, Runnable onClose) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.metadata = metadata;
        this.batchSize = batchSize;
        this.onClose = onClose;
    }

    @Override
    public Map<String, Map<String, Object>> collect(RuntimeTargets runtime, Set<String> names) {
        KafkaConnection connection = runtime.kafka();
        if (connection == null) {
            throw new TargetUnavailableException("the manifest has Kafka topics to plan but no runtime.kafka "
                    + "connection, so the running topics cannot be read", null);
        }
        TopicMetadata cluster = metadata.apply(connection);
        try {
            Set<String> existing = new TreeSet<>(cluster.topicNames());
            existing.retainAll(names);
            Map<String, Map<String, Object>> running = new HashMap<>();
            for (List<String> chunk : chunks(new ArrayList<>(existing), batchSize)) {
                Map<String, TopicDescription> descriptions = cluster.describe(chunk);
                Map<String, Config> configs = cluster.configs(chunk);
                for (String name : chunk) {
                    TopicDescription description = descriptions.get(name);
                    if (description != null) {
                        running.put(name, state(description, configs.get(name)));
                    }
                }
            }
            return running;
        } catch (KafkaException e) {
            throw new TargetUnavailableException("the project's Kafka at " + connection.bootstrapServers()
                    + " did not answer: " + cluster.scrub(e.getMessage()), null);
        }
    }

    /** {@code items} cut in consecutive lists of at most {@code size}. */
    static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
        }
        return chunks;
    }

    private static Map<String, Object> state(TopicDescription description, Config config) {
        int partitions = description.partitions().size();
        int replication = description.partitions().isEmpty() ? 0 : description.partitions().get(0).replicas().size();
        Map<String, String> values = new TreeMap<>();
        List<String> overrides = new ArrayList<>();
        if (config != null) {
            for (ConfigEntry entry : config.entries()) {
                // Sensitive values come back null: there is nothing to compare and nothing to show.
                if (entry.value() != null && !entry.isSensitive()) {
                    values.put(entry.name(), entry.value());
                }
                if (entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG) {
                    overrides.add(entry.name());
                }
            }
        }
        return TopicState.running(description.name(), partitions, replication, values, overrides);
    }

    @Override
    public void close() {
        onClose.run();
    }
}
