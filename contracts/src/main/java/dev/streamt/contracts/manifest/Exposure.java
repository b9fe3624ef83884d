package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.List;
import java.util.Map;

/**
 * An exposure: an application, dashboard, ML job or API outside the project that produces into or consumes from its
 * topics. Deploys nothing; documents lineage and SLAs. {@code produces}, {@code consumes} and {@code depends_on} are
 * node ids; {@code sla} is kept as written (like {@code {"max_lag_seconds": 60, "latency_p99_ms": 100}}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Exposure(
        String name,
        ExposureType type,
        @Nullable ExposureRole role,
        @Nullable String description,
        @Nullable String owner,
        List<String> tags,
        @Nullable String url,
        @Nullable String repo,
        @Nullable String language,
        @Nullable String tool,
        @Nullable String consumerGroup,
        List<NodeId> produces,
        List<NodeId> consumes,
        List<NodeId> dependsOn,
        Map<String, Object> sla,
        List<ExposureContact> contacts) {

    public Exposure {
        Require.nonBlank(name, "exposure name");
        Require.nonNull(type, "exposure type");
        tags = Require.names(tags, "tags");
        produces = Require.list(produces, "produces");
        consumes = Require.list(consumes, "consumes");
        dependsOn = Require.list(dependsOn, "depends_on");
        sla = Require.jsonObject(sla, "sla");
        contacts = Require.list(contacts, "contacts");
    }

    /** The node id of this exposure: {@code exposure.<name>}. */
    public NodeId nodeId() {
        return NodeId.exposure(name);
    }
}
