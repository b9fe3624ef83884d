package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import java.util.List;

/**
 * Everything the project needs deployed, per target system: Kafka {@code topics}, {@code flink_jobs}, Kafka Connect
 * {@code connectors}, {@code gateway_rules} and registry {@code schemas}. The planner diffs these against what runs.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Artifacts(
        List<TopicArtifact> topics,
        List<FlinkJobArtifact> flinkJobs,
        List<ConnectorArtifact> connectors,
        List<GatewayRule> gatewayRules,
        List<SchemaArtifact> schemas) {

    /** No artifacts. */
    public static final Artifacts EMPTY = new Artifacts(List.of(), List.of(), List.of(), List.of(), List.of());

    public Artifacts {
        topics = Require.list(topics, "topics");
        flinkJobs = Require.list(flinkJobs, "flink_jobs");
        connectors = Require.list(connectors, "connectors");
        gatewayRules = Require.list(gatewayRules, "gateway_rules");
        schemas = Require.list(schemas, "schemas");
    }
}
