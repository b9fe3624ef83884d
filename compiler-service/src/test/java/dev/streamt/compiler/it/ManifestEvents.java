package dev.streamt.compiler.it;

import static org.awaitility.Awaitility.await;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.StreamtTopic;
import dev.streamt.contracts.json.StreamtJson;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Everything published on streamt.manifest.events, read from the beginning by a consumer of the test's own. */
final class ManifestEvents implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<CloudEvent<?>> seen = new CopyOnWriteArrayList<>();

    ManifestEvents(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        consumer.subscribe(List.of(StreamtTopic.MANIFEST_EVENTS.topicName()));
    }

    /** Waits for the event that the command of this id caused. */
    CloudEvent<?> awaitCausedBy(String commandId) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            poll();
            return !causedBy(commandId).isEmpty();
        });
        return causedBy(commandId).get(0);
    }

    List<CloudEvent<?>> causedBy(String commandId) {
        poll();
        return seen.stream().filter(e -> commandId.equals(e.causationid())).toList();
    }

    private synchronized void poll() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            seen.add(StreamtJson.readEvent(record.value()));
        }
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
