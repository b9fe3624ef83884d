package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.List;

/**
 * A source: an external Kafka {@code topic} produced by other systems that the project's models read. Carries what
 * consumers need to read it: declared {@code columns}, the registry {@code schema}, the {@code event_time} attribute
 * and the {@code freshness} expectations, plus documentation ({@code description}, {@code owner}, {@code tags}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Source(
        String name,
        String topic,
        @Nullable String description,
        @Nullable String owner,
        List<String> tags,
        @Nullable String cluster,
        List<SourceColumn> columns,
        @Nullable SourceSchema schema,
        @Nullable EventTime eventTime,
        @Nullable Freshness freshness) {

    public Source {
        Require.nonBlank(name, "source name");
        Require.nonBlank(topic, "source topic");
        tags = Require.names(tags, "tags");
        columns = Require.list(columns, "columns");
    }

    /** The node id of this source: {@code source.<name>}. */
    public NodeId nodeId() {
        return NodeId.source(name);
    }
}
