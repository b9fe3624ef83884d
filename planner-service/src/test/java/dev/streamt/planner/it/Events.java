package dev.streamt.planner.it;

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
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.testkit.events.CommandSender;
import dev.streamt.testkit.events.EventRecorder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Events as the compiler and the deployer publish them, sent through test-kit's {@link CommandSender}; what the planner
 * publishes on streamt.changeset.events, read from the beginning by test-kit's {@link EventRecorder}.
 */
final class Events implements AutoCloseable {

    private final CommandSender sender;
    private final EventRecorder recorder;

    Events(String bootstrapServers) {
        sender = new CommandSender(bootstrapServers);
        recorder = EventRecorder.of(bootstrapServers, StreamtTopic.CHANGESET_EVENTS);
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
        events.forEach(sender::send);
    }

    void publish(CloudEvent<?> event) {
        sender.send(event);
    }

    /** Waits for the first event on streamt.changeset.events that matches. */
    CloudEvent<?> await(Predicate<CloudEvent<?>> matching) {
        return recorder.await(matching);
    }

    List<CloudEvent<?>> seen(Predicate<CloudEvent<?>> matching) {
        return recorder.events(matching);
    }

    @Override
    public void close() {
        sender.close();
        recorder.close();
    }
}
