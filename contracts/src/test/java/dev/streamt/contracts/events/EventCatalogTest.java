package dev.streamt.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The event types and the topic catalog agree with each other and with API.md. */
class EventCatalogTest {

    @Test
    void everyEventTypeIsListedByItsTopic() {
        for (EventType type : EventType.values()) {
            assertThat(type.topic().eventTypes()).as(type.type()).contains(type);
            assertThat(type.kind()).isEqualTo(type.topic().kind());
        }
        assertThat(Arrays.stream(StreamtTopic.values()).mapToInt(topic -> topic.eventTypes().size()).sum())
                .isEqualTo(EventType.values().length);
    }

    @Test
    void everyTopicHasAnOwnerAndTypes() {
        for (StreamtTopic topic : StreamtTopic.values()) {
            assertThat(StreamtServices.ALL).as(topic.topicName()).contains(topic.ownerService());
            assertThat(topic.eventTypes()).as(topic.topicName()).isNotEmpty();
            assertThat(topic.keyDescription()).isEqualTo("<project>/<env>");
            assertThat(topic.topicName()).startsWith("streamt.");
            assertThat(StreamtTopic.byName(topic.topicName())).contains(topic);
        }
        assertThat(StreamtTopic.byName("streamt.unknown")).isEmpty();
    }

    @Test
    void ownershipFollowsTheArchitecture() {
        assertThat(StreamtTopic.ownedBy("compiler-service"))
                .containsExactly(StreamtTopic.COMPILE_COMMANDS, StreamtTopic.MANIFEST_EVENTS);
        assertThat(StreamtTopic.ownedBy("planner-service"))
                .containsExactly(StreamtTopic.PLAN_COMMANDS, StreamtTopic.CHANGESET_EVENTS);
        assertThat(StreamtTopic.ownedBy("deployer-service"))
                .containsExactly(StreamtTopic.APPLY_COMMANDS, StreamtTopic.DEPLOYMENT_EVENTS);
        assertThat(StreamtTopic.ownedBy("test-runner-service"))
                .containsExactly(StreamtTopic.TEST_COMMANDS, StreamtTopic.TEST_EVENTS);
        assertThat(StreamtTopic.ownedBy("lineage-service")).isEmpty();
    }

    @Test
    void topicsCarryTheTypesOfTheApi() {
        assertThat(types(StreamtTopic.COMPILE_COMMANDS)).containsExactly("dev.streamt.compile.requested.v1");
        assertThat(types(StreamtTopic.MANIFEST_EVENTS))
                .containsExactly("dev.streamt.manifest.compiled.v1", "dev.streamt.manifest.rejected.v1");
        assertThat(types(StreamtTopic.PLAN_COMMANDS)).containsExactly("dev.streamt.plan.requested.v1");
        assertThat(types(StreamtTopic.CHANGESET_EVENTS)).containsExactly("dev.streamt.changeset.planned.v1",
                "dev.streamt.plan.failed.v1", "dev.streamt.drift.detected.v1");
        assertThat(types(StreamtTopic.APPLY_COMMANDS)).containsExactly("dev.streamt.apply.requested.v1");
        assertThat(types(StreamtTopic.DEPLOYMENT_EVENTS)).containsExactly("dev.streamt.deployment.started.v1",
                "dev.streamt.deployment.step.succeeded.v1", "dev.streamt.deployment.step.failed.v1",
                "dev.streamt.deployment.succeeded.v1", "dev.streamt.deployment.failed.v1",
                "dev.streamt.deployment.rejected.v1");
        assertThat(types(StreamtTopic.TEST_COMMANDS)).containsExactly("dev.streamt.test.requested.v1");
        assertThat(types(StreamtTopic.TEST_EVENTS))
                .containsExactly("dev.streamt.testrun.completed.v1", "dev.streamt.test.failed.v1");
    }

    @Test
    void commandTopicsCarryCommandsAndEventTopicsEvents() {
        assertThat(Arrays.stream(EventType.values()).filter(type -> type.kind() == MessageKind.COMMAND)
                .map(EventType::type)).allMatch(type -> type.endsWith(".requested.v1"));
        assertThat(Arrays.stream(StreamtTopic.values()).filter(topic -> topic.kind() == MessageKind.COMMAND)
                .map(StreamtTopic::topicName)).allMatch(name -> name.endsWith(".commands"));
    }

    @Test
    void typesAreVersionedAndLookedUpByString() {
        Set<Class<?>> dataClasses = Arrays.stream(EventType.values()).map(EventType::dataClass)
                .collect(Collectors.toSet());
        assertThat(dataClasses).hasSize(EventType.values().length).allMatch(Class::isRecord);
        for (EventType type : EventType.values()) {
            assertThat(type.type()).startsWith("dev.streamt.").endsWith(".v1");
            assertThat(EventType.fromType(type.type())).contains(type);
            assertThat(EventType.forDataClass(type.dataClass())).contains(type);
            assertThat(type).hasToString(type.type());
        }
        assertThat(EventType.fromType("dev.streamt.manifest.compiled.v2")).isEmpty();
        assertThat(EventType.fromType(null)).isEmpty();
    }

    private static List<String> types(StreamtTopic topic) {
        return topic.eventTypes().stream().map(EventType::type).toList();
    }
}
