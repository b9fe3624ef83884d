package dev.streamt.planner.it;

import org.awaitility.Awaitility;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.deployment.Deployment;
import dev.streamt.contracts.deployment.DeploymentStatus;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.deployment.StepStatus;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.StreamtTopic;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.DeploymentStepSucceeded;
import dev.streamt.contracts.events.payload.DeploymentSucceeded;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.Manifest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Events as the compiler and the deployer publish them, sent with a real producer; what the planner publishes on
 * streamt.changeset.events, read from the beginning by a consumer of the test's own.
 */
final class Events implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<CloudEvent<?>> seen = new CopyOnWriteArrayList<>();

    Events(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName()));
        consumer.subscribe(List.of(StreamtTopic.CHANGESET_EVENTS.topicName()));
    }

    static CloudEvent<ManifestCompiled> compiled(Manifest manifest) {
        return CloudEvent.initial(EventType.MANIFEST_COMPILED, "/streamt/compiler-service",
                Subject.of(manifest.projectName(), manifest.environment()), new ManifestCompiled(manifest, null));
    }

    /** What the deployer publishes when it applied every change with work of {@code changeSet}. */
    static List<CloudEvent<?>> deployed(ChangeSet changeSet) {
        Subject subject = Subject.of(changeSet.project(), changeSet.environment());
        String deployment = "dep-" + UUID.randomUUID();
        Instant at = Instant.now();
        List<CloudEvent<?>> events = new ArrayList<>();
        List<DeploymentStep> steps = new ArrayList<>();
        for (Change change : changeSet.changes()) {
            if (change.action() == ChangeAction.NONE || change.action() == ChangeAction.BLOCKED) {
                continue;
            }
            DeploymentStep step = DeploymentStep.pending(change).with(StepStatus.SUCCEEDED, at, at, null);
            steps.add(step);
            events.add(CloudEvent.initial(EventType.DEPLOYMENT_STEP_SUCCEEDED, "/streamt/deployer-service", subject,
                    new DeploymentStepSucceeded(deployment, changeSet.id(), step)));
        }
        events.add(CloudEvent.initial(EventType.DEPLOYMENT_SUCCEEDED, "/streamt/deployer-service", subject,
                new DeploymentSucceeded(new Deployment(deployment, changeSet.id(), changeSet.project(),
                        changeSet.environment(), DeploymentStatus.SUCCEEDED, true, null, at, at, steps))));
        return events;
    }

    void publish(List<? extends CloudEvent<?>> events) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName()))) {
            for (CloudEvent<?> event : events) {
                producer.send(new ProducerRecord<>(event.topic().topicName(), event.key(),
                        StreamtJson.writeEvent(event))).get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish", e);
        }
    }

    void publish(CloudEvent<?> event) {
        publish(List.of(event));
    }

    /** Waits for the first event on streamt.changeset.events that matches. */
    CloudEvent<?> await(Predicate<CloudEvent<?>> matching) {
        List<CloudEvent<?>> found = new ArrayList<>();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
            poll();
            seen.stream().filter(matching).findFirst().ifPresent(found::add);
            return !found.isEmpty();
        });
        return found.get(0);
    }

    List<CloudEvent<?>> seen(Predicate<CloudEvent<?>> matching) {
        poll();
        return seen.stream().filter(matching).toList();
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
