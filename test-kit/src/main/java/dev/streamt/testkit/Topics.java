package dev.streamt.testkit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.InvalidReplicationFactorException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Topic creation through the Admin API, shared by the broker implementations. Stateless and thread-safe.
 */
final class Topics {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Topics() {
    }

    static void create(String bootstrapServers, String name, int partitions, Map<String, String> topicConfigs) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Topic name must not be blank");
        }
        if (partitions < 1) {
            throw new IllegalArgumentException("Topic " + name + " needs at least one partition, got " + partitions);
        }
        NewTopic topic = new NewTopic(name, Optional.of(partitions), Optional.of((short) 1)).configs(topicConfigs);
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "streamt-test-kit-topics"))) {
            createUntilAccepted(admin, topic, deadline);
            awaitLeaders(admin, name, deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topic " + name, e);
        }
    }

    private static void createUntilAccepted(Admin admin, NewTopic topic, long deadline) throws InterruptedException {
        while (true) {
            try {
                admin.createTopics(List.of(topic)).all().get(remainingMillis(deadline, topic.name()), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicExistsException) {
                    return;
                }
                // Right after start the controller may not have registered the broker yet.
                if (!(e.getCause() instanceof InvalidReplicationFactorException)) {
                    throw new IllegalStateException("Could not create topic " + topic.name() + ": " + e.getCause(), e.getCause());
                }
            } catch (TimeoutException e) {
                throw timeout(topic.name(), e);
            }
            Thread.sleep(100);
        }
    }

    private static void awaitLeaders(Admin admin, String name, long deadline) throws InterruptedException {
        while (true) {
            try {
                TopicDescription description = admin.describeTopics(List.of(name)).allTopicNames()
                        .get(remainingMillis(deadline, name), TimeUnit.MILLISECONDS).get(name);
                if (description.partitions().stream().map(TopicPartitionInfo::leader).allMatch(leader -> leader != null)) {
                    return;
                }
            } catch (ExecutionException e) {
                // The broker's metadata cache can lag the controller by a moment after creation.
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw new IllegalStateException("Could not describe topic " + name + ": " + e.getCause(), e.getCause());
                }
            } catch (TimeoutException e) {
                throw timeout(name, e);
            }
            Thread.sleep(50);
        }
    }

    private static long remainingMillis(long deadline, String name) {
        long remaining = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (remaining <= 0) {
            throw timeout(name, null);
        }
        return remaining;
    }

    private static IllegalStateException timeout(String name, Exception cause) {
        return new IllegalStateException("Topic " + name + " was not created with a leader for every partition within "
                + TIMEOUT.toSeconds() + "s", cause);
    }
}
