package dev.streamt.planner.target.kafka;

import dev.streamt.runtime.secrets.SecretScrubber;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.DescribeConfigsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicCollection;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * {@link TopicMetadata} over a Kafka {@link Admin} client (shared, not owned: service-runtime's {@code AdminClients}
 * closes it). A call that fails for want of an answer tells {@code onUnreachable}, which opens the cluster's circuit
 * and drops a client that would otherwise keep reconnecting (and logging) in the background; a listing that succeeds
 * tells {@code onAnswered}.
 */
final class AdminTopicMetadata implements TopicMetadata {

    private final Admin admin;
    private final Duration timeout;
    private final SecretScrubber scrubber;
    private final Consumer<String> onUnreachable;
    private final Runnable onAnswered;

    AdminTopicMetadata(Admin admin, Duration timeout, SecretScrubber scrubber, Consumer<String> onUnreachable,
            Runnable onAnswered) {
        this.admin = admin;
        this.timeout = timeout;
        this.scrubber = scrubber;
        this.onUnreachable = onUnreachable;
        this.onAnswered = onAnswered;
    }

    @Override
    public Set<String> topicNames() {
        Set<String> names = await(admin.listTopics(new ListTopicsOptions().listInternal(false).timeoutMs(millis()))
                .names());
        onAnswered.run();
        return names;
    }

    @Override
    public String scrub(String text) {
        return scrubber.scrub(text);
    }

    @Override
    public Map<String, TopicDescription> describe(Collection<String> topics) {
        Map<String, KafkaFuture<TopicDescription>> futures = admin
                .describeTopics(TopicCollection.ofTopicNames(topics), new DescribeTopicsOptions().timeoutMs(millis()))
                .topicNameValues();
        Map<String, TopicDescription> descriptions = new HashMap<>();
        futures.forEach((name, future) -> {
            TopicDescription description = awaitUnlessGone(future);
            if (description != null) {
                descriptions.put(name, description);
            }
        });
        return descriptions;
    }

    @Override
    public Map<String, Config> configs(Collection<String> topics) {
        List<ConfigResource> resources = topics.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        Map<ConfigResource, KafkaFuture<Config>> futures = admin
                .describeConfigs(resources, new DescribeConfigsOptions().timeoutMs(millis())).values();
        Map<String, Config> configs = new HashMap<>();
        futures.forEach((resource, future) -> {
            Config config = awaitUnlessGone(future);
            if (config != null) {
                configs.put(resource.name(), config);
            }
        });
        return configs;
    }

    private int millis() {
        return (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    }

    /** The value, or null when the topic was deleted between the listing and this call. */
    private <T> T awaitUnlessGone(KafkaFuture<T> future) {
        try {
            return await(future);
        } catch (UnknownTopicOrPartitionException e) {
            return null;
        }
    }

    private <T> T await(KafkaFuture<T> future) {
        try {
            // The Admin call has its own timeout; this one only guards against a future that never completes.
            return future.get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TimeoutException) {
                onUnreachable.accept(scrubber.scrub(String.valueOf(e.getCause())));
            }
            if (e.getCause() instanceof KafkaException) {
                throw (KafkaException) e.getCause();
            }
            throw new KafkaException(e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            onUnreachable.accept("no answer within " + timeout.toSeconds() + "s");
            throw new TimeoutException("no answer within " + timeout.toSeconds() + "s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while waiting for Kafka", e);
        }
    }
}
