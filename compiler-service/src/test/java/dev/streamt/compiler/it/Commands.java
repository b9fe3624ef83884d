package dev.streamt.compiler.it;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.runtime.kafka.CloudEventSerializer;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Sends commands the way a platform team's automation does: a CloudEvent on the command topic, keyed by subject. */
final class Commands {

    private Commands() {
    }

    static void send(String bootstrapServers, CloudEvent<?> command) throws Exception {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName());
        try (KafkaProducer<String, CloudEvent<?>> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(command.topic().topicName(), command.key(), command)).get();
        }
    }
}
