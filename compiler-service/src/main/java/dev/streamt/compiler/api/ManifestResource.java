package dev.streamt.compiler.api;

import dev.streamt.compiler.store.ManifestStore;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.runtime.http.Problem;
import dev.streamt.runtime.http.ProblemException;
import dev.streamt.runtime.text.DidYouMean;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Stored manifests and the compile history of each project and environment. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class ManifestResource {

    /** One compile of a project, newest first in a history. */
    @com.fasterxml.jackson.databind.annotation.JsonNaming(
            com.fasterxml.jackson.databind.PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record HistoryItem(String manifestId, java.time.Instant compiledAt, String correlationId,
            String requestedBy) {
    }

    @Inject
    ManifestStore store;

    @GET
    @Path("/manifests/{id}")
    @Operation(summary = "A manifest by id",
            description = "With compiled_at, the exact bytes of that compile (what a manifest_ref of "
                    + "ManifestCompiled points to and digests); without it, the manifest as last compiled.")
    public Response manifest(@PathParam("id") String id, @QueryParam("compiled_at") String compiledAt) {
        if (compiledAt == null) {
            return Response.ok(store.byId(id).orElseThrow(() -> unknownManifest(id))).build();
        }
        Instant at;
        try {
            at = Instant.parse(compiledAt);
        } catch (DateTimeParseException e) {
            throw new ProblemException(Problem.of(400, "invalid-compiled-at", "Invalid compiled_at",
                    "compiled_at must be an ISO-8601 instant such as 2026-01-31T10:15:30.123Z, got '" + compiledAt
                            + "'."));
        }
        byte[] body = store.compiledBytes(id, at).orElseThrow(() -> new ProblemException(Problem.of(404,
                "unknown-manifest", "Unknown manifest",
                "No compile of manifest '" + id + "' at " + compiledAt + " is stored.")));
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static ProblemException unknownManifest(String id) {
        return new ProblemException(Problem.of(404, "unknown-manifest", "Unknown manifest",
                "No manifest has the id '" + id + "'."));
    }

    @GET
    @Path("/projects/{project}/manifests")
    @Operation(summary = "The compile history of a project and environment, newest first")
    public List<HistoryItem> history(@PathParam("project") String project, @QueryParam("env") String env,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        List<ManifestStore.HistoryEntry> history = store.history(project, env, Math.max(1, Math.min(limit, 1000)));
        if (history.isEmpty()) {
            throw unknownProjectOrEnvironment(project, env);
        }
        return history.stream()
                .map(h -> new HistoryItem(h.manifestId(), h.compiledAt(), h.correlationId(), h.requestedBy()))
                .toList();
    }

    @GET
    @Path("/projects/{project}/manifests/latest")
    @Operation(summary = "The latest manifest of a project and environment")
    public Manifest latest(@PathParam("project") String project, @QueryParam("env") String env) {
        return store.latest(project, env).orElseThrow(() -> unknownProjectOrEnvironment(project, env));
    }

    private ProblemException unknownProjectOrEnvironment(String project, String env) {
        List<String> environments = store.environments(project);
        if (environments.isEmpty()) {
            List<String> projects = store.projects();
            Problem problem = Problem.of(404, "unknown-project", "Unknown project",
                    "No manifest was compiled for project '" + project + "'." + DidYouMean.suffix(project, projects))
                    .with("projects", projects);
            return new ProblemException(problem);
        }
        return new ProblemException(Problem.of(404, "unknown-environment", "Unknown environment",
                "Project '" + project + "' has no manifest for environment '" + (env == null ? "default" : env) + "'."
                        + DidYouMean.suffix(env == null ? "" : env, environments))
                .with("environments", environments));
    }
}
