package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.List;
import java.util.Map;

/**
 * A Kafka Connect connector the project runs (a sink model): {@code name}, {@code connector_class}, the
 * {@code topics} it reads, the Connect {@code cluster}, the connector {@code config} (strings, with
 * {@code ${VAR}} placeholders unresolved) and the sink model that owns it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ConnectorArtifact(
        String name,
        String connectorClass,
        List<String> topics,
        @Nullable String cluster,
        Map<String, String> config,
        @Nullable NodeId ownerNode) {

    public ConnectorArtifact {
        Require.nonBlank(name, "connector name");
        Require.nonBlank(connectorClass, "connector_class");
        topics = Require.names(topics, "topics");
        config = Require.map(config, "config");
    }
}
