package dev.streamt.contracts.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.WireValue;
import dev.streamt.contracts.WireValues;
import dev.streamt.contracts.events.payload.ApplyRequested;
import dev.streamt.contracts.events.payload.ChangeSetPlanned;
import dev.streamt.contracts.events.payload.CompileRequested;
import dev.streamt.contracts.events.payload.DeploymentFailed;
import dev.streamt.contracts.events.payload.DeploymentRejected;
import dev.streamt.contracts.events.payload.DeploymentStarted;
import dev.streamt.contracts.events.payload.DeploymentStepFailed;
import dev.streamt.contracts.events.payload.DeploymentStepSucceeded;
import dev.streamt.contracts.events.payload.DeploymentSucceeded;
import dev.streamt.contracts.events.payload.DriftDetected;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.events.payload.ManifestRejected;
import dev.streamt.contracts.events.payload.PlanFailed;
import dev.streamt.contracts.events.payload.PlanRequested;
import dev.streamt.contracts.events.payload.TestFailed;
import dev.streamt.contracts.events.payload.TestRequested;
import dev.streamt.contracts.events.payload.TestRunCompleted;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every type of command and event of the platform: its CloudEvents {@code type} string (versioned, ending in
 * {@code .v1}), the topic it is published on, whether it is a command or an event, and the record class of its
 * {@code data}. A changed payload gets a new type ({@code .v2}) rather than a breaking change.
 */
public enum EventType implements WireValue {
    COMPILE_REQUESTED("dev.streamt.compile.requested.v1", StreamtTopic.COMPILE_COMMANDS, CompileRequested.class),
    MANIFEST_COMPILED("dev.streamt.manifest.compiled.v1", StreamtTopic.MANIFEST_EVENTS, ManifestCompiled.class),
    MANIFEST_REJECTED("dev.streamt.manifest.rejected.v1", StreamtTopic.MANIFEST_EVENTS, ManifestRejected.class),
    PLAN_REQUESTED("dev.streamt.plan.requested.v1", StreamtTopic.PLAN_COMMANDS, PlanRequested.class),
    CHANGESET_PLANNED("dev.streamt.changeset.planned.v1", StreamtTopic.CHANGESET_EVENTS, ChangeSetPlanned.class),
    PLAN_FAILED("dev.streamt.plan.failed.v1", StreamtTopic.CHANGESET_EVENTS, PlanFailed.class),
    DRIFT_DETECTED("dev.streamt.drift.detected.v1", StreamtTopic.CHANGESET_EVENTS, DriftDetected.class),
    APPLY_REQUESTED("dev.streamt.apply.requested.v1", StreamtTopic.APPLY_COMMANDS, ApplyRequested.class),
    DEPLOYMENT_STARTED("dev.streamt.deployment.started.v1", StreamtTopic.DEPLOYMENT_EVENTS, DeploymentStarted.class),
    DEPLOYMENT_STEP_SUCCEEDED("dev.streamt.deployment.step.succeeded.v1", StreamtTopic.DEPLOYMENT_EVENTS,
            DeploymentStepSucceeded.class),
    DEPLOYMENT_STEP_FAILED("dev.streamt.deployment.step.failed.v1", StreamtTopic.DEPLOYMENT_EVENTS,
            DeploymentStepFailed.class),
    DEPLOYMENT_SUCCEEDED("dev.streamt.deployment.succeeded.v1", StreamtTopic.DEPLOYMENT_EVENTS,
            DeploymentSucceeded.class),
    DEPLOYMENT_FAILED("dev.streamt.deployment.failed.v1", StreamtTopic.DEPLOYMENT_EVENTS, DeploymentFailed.class),
    DEPLOYMENT_REJECTED("dev.streamt.deployment.rejected.v1", StreamtTopic.DEPLOYMENT_EVENTS,
            DeploymentRejected.class),
    TEST_REQUESTED("dev.streamt.test.requested.v1", StreamtTopic.TEST_COMMANDS, TestRequested.class),
    TESTRUN_COMPLETED("dev.streamt.testrun.completed.v1", StreamtTopic.TEST_EVENTS, TestRunCompleted.class),
    TEST_FAILED("dev.streamt.test.failed.v1", StreamtTopic.TEST_EVENTS, TestFailed.class);

    private final String type;
    private final StreamtTopic topic;
    private final Class<?> dataClass;

    EventType(String type, StreamtTopic topic, Class<?> dataClass) {
        this.type = type;
        this.topic = topic;
        this.dataClass = dataClass;
    }

    /** The CloudEvents {@code type}, like {@code dev.streamt.manifest.compiled.v1}. */
    public String type() {
        return type;
    }

    /** The topic this type is published on. */
    public StreamtTopic topic() {
        return topic;
    }

    /** The record class of the event's {@code data}. */
    public Class<?> dataClass() {
        return dataClass;
    }

    /** Whether this is a command or an event (the kind of its topic). */
    public MessageKind kind() {
        return topic.kind();
    }

    /** The type with this CloudEvents {@code type} string; empty for a type this contract does not know. */
    public static Optional<EventType> fromType(String type) {
        return Arrays.stream(values()).filter(eventType -> eventType.type.equals(type)).findFirst();
    }

    /** The event type whose data is of this class, if any. */
    public static Optional<EventType> forDataClass(Class<?> dataClass) {
        return Arrays.stream(values()).filter(eventType -> eventType.dataClass == dataClass).findFirst();
    }

    @JsonValue
    @Override
    public String wireValue() {
        return type;
    }

    /** Strict parse of the {@code type} string. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EventType fromWireValue(String value) {
        return WireValues.parse(values(), value, "event type");
    }

    @Override
    public String toString() {
        return type;
    }
}
