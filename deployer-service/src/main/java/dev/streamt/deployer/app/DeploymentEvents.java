package dev.streamt.deployer.app;

import dev.streamt.contracts.deployment.Deployment;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.deployment.StepStatus;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.StreamtServices;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.DeploymentFailed;
import dev.streamt.contracts.events.payload.DeploymentRejected;
import dev.streamt.contracts.events.payload.DeploymentStarted;
import dev.streamt.contracts.events.payload.DeploymentStepFailed;
import dev.streamt.contracts.events.payload.DeploymentStepSucceeded;
import dev.streamt.contracts.events.payload.DeploymentSucceeded;
import dev.streamt.runtime.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The deployment events of streamt.deployment.events, recorded through the outbox in the caller's transaction: subject
 * {@code <project>/<env>}, the apply's correlation id, and the apply command as their cause (none over HTTP).
 */
@ApplicationScoped
public class DeploymentEvents {

    static final String SOURCE = StreamtServices.source(StreamtServices.DEPLOYER);

    @Inject
    EventOutbox outbox;

    /** Who the events of one deployment are about and what they are correlated with. */
    public record Envelope(Subject subject, String correlationId, String causeId) {
    }

    void started(Envelope envelope, Deployment deployment) {
        publish(envelope, EventType.DEPLOYMENT_STARTED, new DeploymentStarted(deployment));
    }

    void stepFinished(Envelope envelope, Deployment deployment, DeploymentStep step) {
        if (step.status() == StepStatus.SUCCEEDED) {
            publish(envelope, EventType.DEPLOYMENT_STEP_SUCCEEDED,
                    new DeploymentStepSucceeded(deployment.id(), deployment.changesetId(), step));
        } else {
            publish(envelope, EventType.DEPLOYMENT_STEP_FAILED,
                    new DeploymentStepFailed(deployment.id(), deployment.changesetId(), step));
        }
    }

    void succeeded(Envelope envelope, Deployment deployment) {
        publish(envelope, EventType.DEPLOYMENT_SUCCEEDED, new DeploymentSucceeded(deployment));
    }

    void failed(Envelope envelope, Deployment deployment, String reason) {
        publish(envelope, EventType.DEPLOYMENT_FAILED, new DeploymentFailed(deployment, reason));
    }

    void rejected(Envelope envelope, String changesetId, String deploymentId, String reason) {
        publish(envelope, EventType.DEPLOYMENT_REJECTED, new DeploymentRejected(changesetId, deploymentId, reason));
    }

    private void publish(Envelope envelope, EventType type, Object data) {
        outbox.publish(CloudEvent.create(type, SOURCE, envelope.subject(), envelope.correlationId(), envelope.causeId(),
                data));
    }
}
