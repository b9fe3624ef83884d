package dev.streamt.deployer.it;

import org.awaitility.Awaitility;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.StreamtTopic;
import dev.streamt.contracts.events.payload.DeploymentFailed;
import dev.streamt.contracts.events.payload.DeploymentRejected;
import dev.streamt.contracts.events.payload.DeploymentStarted;
import dev.streamt.contracts.events.payload.DeploymentStepFailed;
import dev.streamt.contracts.events.payload.DeploymentStepSucceeded;
import dev.streamt.contracts.events.payload.DeploymentSucceeded;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.runtime.kafka.CloudEventSerializer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The test's side of the platform topics: sends events and commands as the planner or automation would, and reads
 * everything published on streamt.deployment.events from the beginning.
 */
public final class Bus implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final KafkaProducer<String, CloudEvent<?>> producer;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<CloudEvent<?>> seen = new CopyOnWriteArrayList<>();

    public Bus(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, CloudEventSerializer.class.getName(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024));
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        consumer.subscribe(List.of(StreamtTopic.DEPLOYMENT_EVENTS.topicName()));
    }

    public void send(CloudEvent<?> event) throws Exception {
        producer.send(new ProducerRecord<>(event.topic().topicName(), event.key(), event)).get();
    }

    /** Every deployment event seen so far. */
    public synchronized List<CloudEvent<?>> events() {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
            seen.add(StreamtJson.readEvent(record.value()));
        }
        return List.copyOf(seen);
    }

    /** The events of one deployment, in publication order. */
    public List<CloudEvent<?>> of(String deploymentId) {
        return events().stream().filter(e -> deploymentId.equals(deploymentIdOf(e))).toList();
    }

    public List<CloudEvent<?>> of(String deploymentId, EventType type) {
        return of(deploymentId).stream().filter(e -> e.type() == type).toList();
    }

    /** Waits for the first event of this type about this deployment. */
    public CloudEvent<?> await(String deploymentId, EventType type) {
        Awaitility.await().atMost(PATIENCE).until(() -> !of(deploymentId, type).isEmpty());
        return of(deploymentId, type).get(0);
    }

    /** Waits for the first event the message of this id caused. */
    public CloudEvent<?> awaitCausedBy(String causeId, EventType type) {
        Awaitility.await().atMost(PATIENCE).until(() -> events().stream()
                .anyMatch(e -> causeId.equals(e.causationid()) && e.type() == type));
        return events().stream().filter(e -> causeId.equals(e.causationid()) && e.type() == type).findFirst()
                .orElseThrow();
    }

    /** The deployment an event is about, or null. */
    public static String deploymentIdOf(CloudEvent<?> event) {
        Object data = event.data();
        if (data instanceof DeploymentStarted started) {
            return started.deployment().id();
        } else if (data instanceof DeploymentSucceeded succeeded) {
            return succeeded.deployment().id();
        } else if (data instanceof DeploymentFailed failed) {
            return failed.deployment().id();
        } else if (data instanceof DeploymentStepSucceeded step) {
            return step.deploymentId();
        } else if (data instanceof DeploymentStepFailed step) {
            return step.deploymentId();
        } else if (data instanceof DeploymentRejected rejected) {
            return rejected.deploymentId();
        }
        return null;
    }

    @Override
    public synchronized void close() {
        producer.close();
        consumer.close();
    }
}
