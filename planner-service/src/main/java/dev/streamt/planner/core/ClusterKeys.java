package dev.streamt.planner.core;

import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.contracts.manifest.RuntimeTargets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which cluster a resource lives on, as ownership keys it: two projects may own the same topic name on two clusters,
 * never on one. A Kafka cluster is named by its bootstrap servers as the project declares them (placeholders kept, so
 * no secret is stored), trimmed, host names lower-cased, and sorted: {@code b:9092, a:9092} and {@code A:9092,b:9092} are one
 * cluster. Two spellings of one cluster that differ otherwise (an IP and a host name) key apart; a foreign topic there
 * is still never touched, because every existing topic the project does not own is blocked. Pure.
 */
public final class ClusterKeys {

    /** The key of targets with no cluster yet, and of rows stored before ownership had clusters. */
    public static final String NONE = "";

    private ClusterKeys() {
    }

    /** The cluster of {@code target}'s resources under {@code runtime}. */
    public static String of(ChangeTarget target, RuntimeTargets runtime) {
        if (target == ChangeTarget.KAFKA_TOPIC && runtime != null && runtime.kafka() != null) {
            return kafka(runtime.kafka());
        }
        return NONE;
    }

    static String kafka(KafkaConnection connection) {
        return Arrays.stream(connection.bootstrapServers().split(","))
                .map(String::trim).filter(server -> !server.isEmpty())
                // Host names are case-insensitive; placeholders are variable names, which are not.
                .map(server -> server.contains("${") ? server : server.toLowerCase(Locale.ROOT)).sorted()
                .collect(Collectors.joining(","));
    }
}
