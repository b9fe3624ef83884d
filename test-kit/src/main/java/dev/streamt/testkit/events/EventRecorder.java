package dev.streamt.testkit.events;

import org.awaitility.Awaitility;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.StreamtTopic;
import dev.streamt.contracts.json.StreamtJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Everything published on some streamt topics, read from the beginning by a consumer group of the test's own, the way
 * a platform team's automation would watch them. Records are decoded with the contracts' codec, so an event that breaks
 * the contract fails the test. Polls only when asked; safe to call from one test thread at a time (methods are
 * synchronized).
 */
public final class EventRecorder implements AutoCloseable {

    private static final Duration DEFAULT_PATIENCE = Duration.ofSeconds(90);

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<CloudEvent<?>> seen = new ArrayList<>();

    private EventRecorder(String bootstrapServers, Pattern topics) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-recorder-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                // topics appear as the services start: find them quickly
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 500,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        consumer.subscribe(topics);
    }

    /** Records the given topics from their beginning (also when they are created only later). */
    public static EventRecorder of(String bootstrapServers, StreamtTopic... topics) {
        return new EventRecorder(bootstrapServers, Pattern.compile(Arrays.stream(topics)
                .map(topic -> Pattern.quote(topic.topicName())).collect(Collectors.joining("|"))));
    }

    /** Records every streamt topic that exists or comes to exist, from its beginning. */
    public static EventRecorder ofAll(String bootstrapServers) {
        return new EventRecorder(bootstrapServers, Pattern.compile(Pattern.quote("streamt.") + ".*"));
    }

    /** Every event seen so far (after one more poll), in the order read. */
    public synchronized List<CloudEvent<?>> events() {
        poll();
        return List.copyOf(seen);
    }

    /** The events seen so far that match. */
    public synchronized List<CloudEvent<?>> events(Predicate<CloudEvent<?>> matching) {
        poll();
        return seen.stream().filter(matching).toList();
    }

    /** Waits for the first event that matches and returns it. */
    public CloudEvent<?> await(Predicate<CloudEvent<?>> matching) {
        return awaitCount(matching, 1).get(0);
    }

    /** Waits until at least {@code count} events match and returns them all. */
    public List<CloudEvent<?>> awaitCount(Predicate<CloudEvent<?>> matching, int count) {
        Awaitility.await().atMost(DEFAULT_PATIENCE).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
                .until(() -> events(matching).size() >= count);
        return events(matching);
    }

    /** Events caused by the event or command of this id. */
    public static Predicate<CloudEvent<?>> causedBy(String eventId) {
        return event -> eventId.equals(event.causationid());
    }

    private void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
            seen.add(StreamtJson.readEvent(record.value()));
        }
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
