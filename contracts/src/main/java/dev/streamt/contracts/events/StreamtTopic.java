package dev.streamt.contracts.events;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of the platform's Kafka topics: each topic's name, the service that owns it (and creates it at startup
 * if missing), whether it carries commands or events, and the event types published on it. Every record on every
 * topic is keyed by {@code <project>/<env>} (see {@link Subject}).
 */
public enum StreamtTopic {
    COMPILE_COMMANDS("streamt.compile.commands", StreamtServices.COMPILER, MessageKind.COMMAND),
    MANIFEST_EVENTS("streamt.manifest.events", StreamtServices.COMPILER, MessageKind.EVENT),
    PLAN_COMMANDS("streamt.plan.commands", StreamtServices.PLANNER, MessageKind.COMMAND),
    CHANGESET_EVENTS("streamt.changeset.events", StreamtServices.PLANNER, MessageKind.EVENT),
    APPLY_COMMANDS("streamt.apply.commands", StreamtServices.DEPLOYER, MessageKind.COMMAND),
    DEPLOYMENT_EVENTS("streamt.deployment.events", StreamtServices.DEPLOYER, MessageKind.EVENT),
    TEST_COMMANDS("streamt.test.commands", StreamtServices.TEST_RUNNER, MessageKind.COMMAND),
    TEST_EVENTS("streamt.test.events", StreamtServices.TEST_RUNNER, MessageKind.EVENT);

    /** What the record key of every topic holds. */
    public static final String KEY_DESCRIPTION = "<project>/<env>";

    private final String topicName;
    private final String ownerService;
    private final MessageKind kind;

    StreamtTopic(String topicName, String ownerService, MessageKind kind) {
        this.topicName = topicName;
        this.ownerService = ownerService;
        this.kind = kind;
    }

    /** The Kafka topic name, like {@code streamt.manifest.events}. */
    public String topicName() {
        return topicName;
    }

    /** The service that owns the topic and creates it at startup if missing, like {@code compiler-service}. */
    public String ownerService() {
        return ownerService;
    }

    /** Whether the topic carries commands or events. */
    public MessageKind kind() {
        return kind;
    }

    /** What the record key holds: {@code <project>/<env>}. */
    public String keyDescription() {
        return KEY_DESCRIPTION;
    }

    /** The event types published on this topic, in catalog order. */
    public List<EventType> eventTypes() {
        return Arrays.stream(EventType.values()).filter(type -> type.topic() == this).toList();
    }

    /** The topic with this Kafka name, if it is one of the catalog. */
    public static Optional<StreamtTopic> byName(String topicName) {
        return Arrays.stream(values()).filter(topic -> topic.topicName.equals(topicName)).findFirst();
    }

    /** The topics a service owns (empty for a service that owns none). */
    public static List<StreamtTopic> ownedBy(String service) {
        return Arrays.stream(values()).filter(topic -> topic.ownerService.equals(service)).toList();
    }

    @Override
    public String toString() {
        return topicName;
    }
}
