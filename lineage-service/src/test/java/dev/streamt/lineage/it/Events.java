package dev.streamt.lineage.it;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.deployment.StepStatus;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.DeploymentStepFailed;
import dev.streamt.contracts.events.payload.DeploymentStepSucceeded;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.events.payload.TestRunCompleted;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.testing.TestResult;
import dev.streamt.contracts.testing.TestRun;
import dev.streamt.contracts.testing.TestRunStatus;
import dev.streamt.contracts.testing.TestStatus;
import dev.streamt.contracts.testing.TestType;
import dev.streamt.testkit.events.CommandSender;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Events as the other services publish them, sent through a real Kafka producer. */
public final class Events {

    static {
        // Problems are JSON: let RestAssured read them like application/json.
        RestAssured.registerParser("application/problem+json", Parser.JSON);
    }

    private Events() {
    }

    public static void init() {
        // Loads the class (and its parser registration).
    }

    public static CloudEvent<ManifestCompiled> compiled(Manifest manifest) {
        return CloudEvent.initial(EventType.MANIFEST_COMPILED, "/streamt/compiler-service",
                Subject.of(manifest.projectName(), manifest.environment()), new ManifestCompiled(manifest, null));
    }

    public static CloudEvent<?> stepSucceeded(Subject subject, String deployment, ChangeTarget target, String name,
            Instant at) {
        return CloudEvent.initial(EventType.DEPLOYMENT_STEP_SUCCEEDED, "/streamt/deployer-service", subject,
                new DeploymentStepSucceeded(deployment, "cs-" + deployment, new DeploymentStep("c-" + name, target,
                        name, ChangeAction.CREATE, StepStatus.SUCCEEDED, at, at, null)));
    }

    public static CloudEvent<?> stepFailed(Subject subject, String deployment, ChangeTarget target, String name,
            Instant at, String error) {
        return CloudEvent.initial(EventType.DEPLOYMENT_STEP_FAILED, "/streamt/deployer-service", subject,
                new DeploymentStepFailed(deployment, "cs-" + deployment, new DeploymentStep("c-" + name, target,
                        name, ChangeAction.CREATE, StepStatus.FAILED, at, at, error)));
    }

    public static CloudEvent<?> testRun(Subject subject, String runId, String test, TestStatus status, Instant at) {
        TestRun run = new TestRun(runId, subject.project(), subject.environment(),
                status == TestStatus.PASSED ? TestRunStatus.PASSED : TestRunStatus.FAILED, at, at,
                List.of(new TestResult(test, TestType.SAMPLE, status, List.of(), null)));
        return CloudEvent.initial(EventType.TESTRUN_COMPLETED, "/streamt/test-runner-service", subject,
                new TestRunCompleted(run));
    }

    /** Publishes each event on its topic, keyed by its subject, and waits for the broker's acknowledgement. */
    public static void publish(String bootstrapServers, CloudEvent<?>... events) {
        try (CommandSender sender = new CommandSender(bootstrapServers)) {
            for (CloudEvent<?> event : events) {
                sender.send(event);
            }
        }
    }

    /** A producer of raw records, to send again exactly the bytes a topic holds (the durability test's replay). */
    static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024));
    }
}
