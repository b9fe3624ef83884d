package dev.streamt.deployer.api;

import dev.streamt.contracts.events.payload.ApplyRequested;
import dev.streamt.contracts.http.DeploymentAccepted;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.deployer.app.ApplyOutcome;
import dev.streamt.deployer.app.ApplyService;
import dev.streamt.deployer.store.DeploymentStore;
import dev.streamt.runtime.http.Problem;
import dev.streamt.runtime.http.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Apply a change set, and read deployments with their steps. Translates only: the decisions are the ApplyService's. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class DeploymentResource {

    static final String CORRELATION_HEADER = "X-Correlation-Id";

    @Inject
    ApplyService applies;

    @Inject
    DeploymentStore deployments;

    @POST
    @Path("/deployments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply a change set (202 with the deployment id; 409 problem when refused)")
    public Response apply(ApplyRequested request, @HeaderParam(CORRELATION_HEADER) String correlationId) {
        if (request == null) {
            throw new ProblemException(Problem.of(400, "invalid-apply", "Invalid apply request",
                    "The body must be {\"changeset_id\", \"approve_destructive\", \"approved_by\"}."));
        }
        String correlation = correlationId == null || correlationId.isBlank() ? null : correlationId.trim();
        ApplyOutcome outcome = applies.applyNow(request, correlation);
        switch (outcome.kind()) {
            case UNKNOWN_CHANGE_SET:
                throw new ProblemException(Problem.of(404, "unknown-changeset", "Unknown change set", outcome.reason())
                        .with("changeset_id", request.changesetId()));
            case REJECTED:
                throw new ProblemException(Problem.of(409, "apply-refused", "Apply refused", outcome.reason())
                        .with("changeset_id", request.changesetId()).with("deployment_id", outcome.deploymentId()));
            default:
                return Response.accepted(new DeploymentAccepted(outcome.deploymentId())).build();
        }
    }

    @GET
    @Path("/deployments/{id}")
    @Operation(summary = "A deployment with its steps")
    public Map<String, Object> deployment(@PathParam("id") String id) {
        return deployments.byId(id).map(DeploymentResource::view).orElseThrow(() -> new ProblemException(
                Problem.of(404, "unknown-deployment", "Unknown deployment", "No deployment has the id '" + id + "'.")));
    }

    @GET
    @Path("/projects/{project}/deployments")
    @Operation(summary = "The deployments of a project and environment, newest first")
    public List<Map<String, Object>> history(@PathParam("project") String project, @QueryParam("env") String env,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return deployments.history(project, env, Math.max(1, Math.min(limit, 500))).stream()
                .map(DeploymentResource::view).toList();
    }

    /** The contract's Deployment plus why it was refused or failed and its correlation id. */
    private static Map<String, Object> view(DeploymentStore.DeploymentRecord record) {
        Map<String, Object> view = new LinkedHashMap<>(StreamtJson.toMap(record.deployment()));
        view.put("reason", record.reason());
        view.put("correlation_id", record.correlationId());
        return view;
    }
}
