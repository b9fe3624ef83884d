package dev.streamt.lineage.api;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON bodies of the lineage API (snake_case). Only shapes: {@link JsonViews} fills them from the core's answers.
 * Registered for reflection because they leave the resources inside a {@code Response}, which a native build cannot see.
 */
@RegisterForReflection(targets = {LineageJson.Lineage.class, LineageJson.Node.class, LineageJson.Edge.class,
    LineageJson.Status.class, LineageJson.Deployment.class, LineageJson.Test.class, LineageJson.Impact.class,
    LineageJson.Affected.class, LineageJson.ColumnLineage.class, LineageJson.Column.class, LineageJson.NodeDetail.class,
    LineageJson.ColumnDetail.class, LineageJson.ColumnSource.class, LineageJson.Project.class,
    LineageJson.Environment.class})
public final class LineageJson {

    private LineageJson() {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Lineage(String project, String environment, String focus, String direction, Integer depth,
            String tag, List<Node> nodes, List<Edge> edges) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Node(String id, String name, String type, String kind, String materialized, String project,
            String owner, List<String> tags, String description, String topic, Integer distance, String relation,
            boolean declared, Status status) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Edge(String from, String to) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Status(Deployment deployment, Test test) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Deployment(String status, String deploymentId, Instant at, String error) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Test(String status, String runId, Instant at, String error) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Impact(String project, String environment, String node, String summary, int total,
            List<Affected> affectedModels, List<Affected> affectedSinks, List<Affected> affectedExposures,
            List<Affected> affectedTests, List<Affected> affectedSources, List<String> owners) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Affected(String id, String name, String type, String kind, String project, String owner,
            List<String> tags, int distance, Map<String, Object> sla, List<String> contacts, String url, Status status) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ColumnLineage(String project, String environment, Column column, String direction, Integer depth,
            List<Column> upstream, List<Column> downstream, List<Edge> edges) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Column(String id, String node, String column, String type, String kind, Integer distance) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record NodeDetail(Node node, String sql, List<ColumnDetail> columns, List<String> upstream,
            List<String> downstream, Map<String, Object> sla, List<String> contacts, String url) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ColumnDetail(String name, String type, String description, String classification,
            List<ColumnSource> lineage) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ColumnSource(String node, String column) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Project(String project, List<Environment> environments) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Environment(String environment, String manifestId, Instant compiledAt, int nodes) {
    }
}
