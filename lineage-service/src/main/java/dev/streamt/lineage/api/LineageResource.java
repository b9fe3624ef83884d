package dev.streamt.lineage.api;

import dev.streamt.lineage.catalog.LineageCatalog;
import dev.streamt.lineage.graph.FederatedGraph;
import dev.streamt.lineage.graph.ProjectGraph;
import dev.streamt.lineage.problem.LineageProblem;
import dev.streamt.lineage.query.ColumnQueries;
import dev.streamt.lineage.query.Direction;
import dev.streamt.lineage.query.ImpactAnalysis;
import dev.streamt.lineage.query.ImpactReport;
import dev.streamt.lineage.query.LineageQueries;
import dev.streamt.lineage.query.NodeResolver;
import dev.streamt.lineage.query.ProjectView;
import dev.streamt.lineage.render.Diagrams;
import dev.streamt.lineage.render.Format;
import dev.streamt.lineage.render.ImpactText;
import dev.streamt.lineage.service.LineageViews;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * HTTP adapter of the lineage queries (API.md, lineage-service): reads the parameters, asks the core, writes the answer
 * in the requested format. Decides nothing itself; invalid parameters are the core's {@link LineageProblem}s.
 */
@Path("/api/v1/projects")
public class LineageResource {

    @Inject
    LineageViews views;

    @Inject
    LineageCatalog catalog;

    /** Every known project with its environments and the manifest each is drawn from. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<LineageJson.Project> projects() {
        List<LineageJson.Project> projects = new ArrayList<>();
        for (Map.Entry<String, SortedSet<String>> project : catalog.projects().entrySet()) {
            List<LineageJson.Environment> environments = new ArrayList<>();
            for (String environment : project.getValue()) {
                FederatedGraph graph = catalog.environment(environment);
                ProjectGraph own = graph == null ? null : graph.projects().get(project.getKey());
                if (own != null) {
                    environments.add(new LineageJson.Environment(environment, own.manifestId(), own.compiledAt(),
                            graph.membersOf(project.getKey()).length));
                }
            }
            projects.add(new LineageJson.Project(project.getKey(), environments));
        }
        return projects;
    }

    @GET
    @Path("{project}/lineage")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, "text/vnd.mermaid", "text/vnd.graphviz"})
    public Response lineage(@PathParam("project") String project, @QueryParam("env") String env,
            @QueryParam("node") String node, @QueryParam("direction") String direction,
            @QueryParam("depth") String depth, @QueryParam("tag") String tag, @QueryParam("format") String format) {
        Format output = Format.parse(format);
        Direction way = Direction.parse(direction, Direction.BOTH);
        Integer maxDepth = depth(depth);
        ProjectView view = views.view(project, env);
        var subgraph = LineageQueries.lineage(view, node, way, maxDepth, tag);
        if (output == Format.JSON) {
            return json(JsonViews.lineage(subgraph));
        }
        return text(Diagrams.render(Diagrams.of(subgraph), output), output);
    }

    @GET
    @Path("{project}/impact/{node_id}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response impact(@PathParam("project") String project, @PathParam("node_id") String nodeId,
            @QueryParam("env") String env, @QueryParam("format") String format) {
        Format output = Format.parse(format);
        if (output == Format.MERMAID || output == Format.DOT) {
            throw LineageProblem.invalidParameter("format", format, List.of("json", "ascii"));
        }
        ImpactReport report = ImpactAnalysis.of(views.view(project, env), nodeId);
        return output == Format.JSON ? json(JsonViews.impact(report)) : text(ImpactText.render(report), output);
    }

    @GET
    @Path("{project}/columns/{model}/{column}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, "text/vnd.mermaid", "text/vnd.graphviz"})
    public Response columns(@PathParam("project") String project, @PathParam("model") String model,
            @PathParam("column") String column, @QueryParam("env") String env,
            @QueryParam("direction") String direction, @QueryParam("depth") String depth,
            @QueryParam("format") String format) {
        Format output = Format.parse(format);
        Direction way = Direction.parse(direction, Direction.BOTH);
        Integer maxDepth = depth(depth);
        var trace = ColumnQueries.trace(views.view(project, env), model, column, way, maxDepth);
        if (output == Format.JSON) {
            return json(JsonViews.columns(trace));
        }
        return text(Diagrams.render(Diagrams.of(trace), output), output);
    }

    /** Everything known about one node: what the page shows when a node is clicked. */
    @GET
    @Path("{project}/nodes/{node_id}")
    @Produces(MediaType.APPLICATION_JSON)
    public LineageJson.NodeDetail node(@PathParam("project") String project, @PathParam("node_id") String nodeId,
            @QueryParam("env") String env) {
        ProjectView view = views.view(project, env);
        return JsonViews.detail(view, NodeResolver.resolve(view, nodeId));
    }

    private static Integer depth(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int depth = Integer.parseInt(text.trim());
            if (depth < 0) {
                throw LineageProblem.invalidParameter("depth", text, "it must be 0 or more");
            }
            return depth;
        } catch (NumberFormatException e) {
            throw LineageProblem.invalidParameter("depth", text, "it must be a whole number (0 or more)");
        }
    }

    private static Response json(Object body) {
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response text(String body, Format format) {
        return Response.ok(body, format.mediaType()).build();
    }
}
