package dev.streamt.testkit.events;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.runtime.kafka.CloudEventSerializer;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends commands (or events) the way a platform team's automation does: a CloudEvent on its topic, keyed by its
 * subject, acknowledged by all replicas. One producer for the sender's life; thread-safe like a Kafka producer.
 */
public final class CommandSender implements AutoCloseable {

    private final KafkaProducer<String, CloudEvent<?>> producer;

    public CommandSender(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName()));
    }

    /** Sends {@code event} to its topic and waits for the broker's acknowledgement; returns the event. */
    public <T> CloudEvent<T> send(CloudEvent<T> event) {
        try {
            producer.send(new ProducerRecord<>(event.topic().topicName(), event.key(), event)).get();
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + event.type(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send " + event.type() + ": " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
