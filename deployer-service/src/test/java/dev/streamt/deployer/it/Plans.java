package dev.streamt.deployer.it;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.changeset.FieldDiff;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.ChangeSetPlanned;
import dev.streamt.contracts.manifest.EnvironmentSafety;
import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.contracts.manifest.RuntimeTargets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Change sets as the planner publishes them (topic state maps of the shared decisions), for the ITs. */
public final class Plans {

    private Plans() {
    }

    public static Map<String, Object> topic(String name, int partitions, Map<String, String> config) {
        Map<String, Object> state = new TreeMap<>();
        state.put("name", name);
        state.put("partitions", partitions);
        state.put("replication_factor", 1);
        state.put("config", new TreeMap<>(config));
        return state;
    }

    public static Change create(String name, int partitions, Map<String, String> config) {
        return new Change(id(name), ChangeTarget.KAFKA_TOPIC, name, ChangeAction.CREATE, null,
                topic(name, partitions, config), List.of(), false, null, List.of(), null);
    }

    public static Change update(String name, Map<String, Object> before, Map<String, Object> after,
            List<FieldDiff> diff) {
        return new Change(id(name), ChangeTarget.KAFKA_TOPIC, name, ChangeAction.UPDATE, before, after, diff, false,
                null, List.of(), null);
    }

    public static Change replace(String name, Map<String, Object> before, Map<String, Object> after,
            List<FieldDiff> diff) {
        return new Change(id(name), ChangeTarget.KAFKA_TOPIC, name, ChangeAction.REPLACE, before, after, diff, true,
                null, List.of(), null);
    }

    public static Change delete(String name, int partitions) {
        return new Change(id(name), ChangeTarget.KAFKA_TOPIC, name, ChangeAction.DELETE,
                topic(name, partitions, Map.of()), null, List.of(), true, null, List.of(), null);
    }

    public static Change blocked(String name) {
        return new Change(id(name), ChangeTarget.KAFKA_TOPIC, name, ChangeAction.BLOCKED, topic(name, 6, Map.of()),
                topic(name, 3, Map.of()), List.of(new FieldDiff("partitions", 6, 3)), false,
                "partitions cannot decrease: running 6, declared 3", List.of(), null);
    }

    public static ChangeSet changeSet(String environment, String bootstrapServers, EnvironmentSafety safety,
            List<Change> changes) {
        return new ChangeSet("cs-" + UUID.randomUUID(), "payments", environment, "sha256:" + UUID.randomUUID(), null,
                Instant.now(), null, changes, new RuntimeTargets(KafkaConnection.plaintext(bootstrapServers)), safety);
    }

    public static CloudEvent<ChangeSetPlanned> planned(ChangeSet changeSet) {
        return CloudEvent.initial(EventType.CHANGESET_PLANNED, "/streamt/planner-service",
                Subject.of(changeSet.project(), changeSet.environment()), new ChangeSetPlanned(changeSet));
    }

    private static String id(String name) {
        return "kafka_topic:" + name;
    }
}
