package dev.streamt.deployer.core;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.changeset.FieldDiff;
import dev.streamt.contracts.manifest.EnvironmentSafety;
import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.contracts.manifest.RuntimeTargets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Changes and change sets as the planner makes them, for tests. */
public final class Changes {

    private Changes() {
    }

    public static Change of(ChangeTarget target, String name, ChangeAction action) {
        boolean destructive = action == ChangeAction.DELETE || action == ChangeAction.REPLACE;
        return new Change(target.wireValue() + ":" + name, target, name, action, null,
                action == ChangeAction.DELETE ? null : Map.of("name", name, "partitions", 1), List.of(), destructive,
                action == ChangeAction.BLOCKED ? "partitions cannot decrease" : null, List.of(), null);
    }

    public static Change topic(String name, ChangeAction action) {
        return of(ChangeTarget.KAFKA_TOPIC, name, action);
    }

    public static Change createTopic(String name, int partitions, Map<String, String> config) {
        return new Change("kafka_topic:" + name, ChangeTarget.KAFKA_TOPIC, name, ChangeAction.CREATE, null,
                Map.of("name", name, "partitions", partitions, "replication_factor", 1, "config", config), List.of(),
                false, null, List.of(), null);
    }

    public static Change updateTopic(String name, int partitions, Map<String, String> config, List<FieldDiff> diff) {
        return new Change("kafka_topic:" + name, ChangeTarget.KAFKA_TOPIC, name, ChangeAction.UPDATE,
                Map.of("name", name, "partitions", 1, "replication_factor", 1, "config", Map.of()),
                Map.of("name", name, "partitions", partitions, "replication_factor", 1, "config", config), diff, false,
                null, List.of(), null);
    }

    public static ChangeSet changeSet(String id, String environment, EnvironmentSafety safety, List<Change> changes) {
        return changeSet(id, environment, safety, KafkaConnection.plaintext("localhost:9092"), changes);
    }

    public static ChangeSet changeSet(String id, String environment, EnvironmentSafety safety,
            KafkaConnection kafka, List<Change> changes) {
        return new ChangeSet(id, "payments", environment, "sha256:" + id, null, Instant.now(), null, changes,
                new RuntimeTargets(kafka), safety);
    }
}
