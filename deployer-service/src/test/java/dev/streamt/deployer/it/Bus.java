package dev.streamt.deployer.it;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.StreamtTopic;
import dev.streamt.contracts.events.payload.DeploymentFailed;
import dev.streamt.contracts.events.payload.DeploymentRejected;
import dev.streamt.contracts.events.payload.DeploymentStarted;
import dev.streamt.contracts.events.payload.DeploymentStepFailed;
import dev.streamt.contracts.events.payload.DeploymentStepSucceeded;
import dev.streamt.contracts.events.payload.DeploymentSucceeded;
import dev.streamt.testkit.events.CommandSender;
import dev.streamt.testkit.events.EventRecorder;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * The test's side of the platform topics, over test-kit's {@link CommandSender} and {@link EventRecorder}: sends events
 * and commands as the planner or automation would, and reads everything published on streamt.deployment.events from
 * the beginning.
 */
public final class Bus implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final CommandSender sender;
    private final EventRecorder recorder;

    public Bus(String bootstrapServers) {
        sender = new CommandSender(bootstrapServers);
        recorder = EventRecorder.of(bootstrapServers, StreamtTopic.DEPLOYMENT_EVENTS);
    }

    public void send(CloudEvent<?> event) {
        sender.send(event);
    }

    /** Every deployment event seen so far. */
    public List<CloudEvent<?>> events() {
        return recorder.events();
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
    public void close() {
        sender.close();
        recorder.close();
    }
}
