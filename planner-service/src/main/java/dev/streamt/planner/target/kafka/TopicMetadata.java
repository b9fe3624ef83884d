package dev.streamt.planner.target.kafka;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * The three read-only Admin calls the topic collector makes, each one round trip for many topics. A port, so the
 * batching can be tested by counting calls without a broker.
 *
 * <p>Threading: implementations are thread-safe; every call blocks up to the collector's timeout and throws
 * {@link org.apache.kafka.common.errors.TimeoutException} or another {@link org.apache.kafka.common.KafkaException}
 * when the cluster does not answer.
 */
public interface TopicMetadata {

    /** The names of every topic of the cluster except internal ones (one ListTopics). */
    Set<String> topicNames();

    /** Partitions and replicas of the topics (one DescribeTopics); a topic deleted meanwhile is absent. */
    Map<String, TopicDescription> describe(Collection<String> topics);

    /** The config of the topics (one DescribeConfigs); a topic deleted meanwhile is absent. */
    Map<String, Config> configs(Collection<String> topics);

    /** {@code text} (an error of this cluster) without the resolved values of its connection. */
    default String scrub(String text) {
        return text;
    }
}
