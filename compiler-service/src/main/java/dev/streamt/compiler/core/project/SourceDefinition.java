package dev.streamt.compiler.core.project;

import java.util.List;
import java.util.Objects;

/**
 * A source ({@code sources[]}): an external Kafka topic. {@code topic} is null only after {@code MISSING_TOPIC} was
 * reported (the source is kept so that references to it still resolve).
 */
public record SourceDefinition(String name, String topic, String description, String owner, List<String> tags,
        String cluster, SchemaSpec schema, List<ColumnDefinition> columns, FreshnessSpec freshness,
        EventTimeSpec eventTime, Positions positions) implements Located {

    public SourceDefinition {
        Immutable.name(name, "source name");
        tags = Immutable.list(tags);
        columns = Immutable.list(columns);
        Objects.requireNonNull(positions, "positions");
    }

    /** The declared column of that name, or null. */
    public ColumnDefinition column(String columnName) {
        for (ColumnDefinition column : columns) {
            if (column.name().equals(columnName)) {
                return column;
            }
        }
        return null;
    }
}
