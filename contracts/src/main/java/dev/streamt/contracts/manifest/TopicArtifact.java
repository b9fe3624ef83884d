package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.Map;

/**
 * A Kafka topic the project needs: {@code name}, {@code partitions}, {@code replication_factor}, topic
 * {@code config} (like {@code cleanup.policy}, {@code retention.ms}) and the node that owns it ({@code owner_node};
 * {@code null} for a topic of the project as a whole, like {@code _streamt_test_failures}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TopicArtifact(
        String name,
        int partitions,
        int replicationFactor,
        Map<String, String> config,
        @Nullable NodeId ownerNode) {

    public TopicArtifact {
        Require.nonBlank(name, "topic name");
        Require.positive(partitions, "partitions");
        Require.positive(replicationFactor, "replication_factor");
        config = Require.map(config, "config");
    }
}
