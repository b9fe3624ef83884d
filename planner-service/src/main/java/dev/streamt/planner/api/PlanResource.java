package dev.streamt.planner.api;

import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.payload.PlanRequested;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.planner.app.PlanFailure;
import dev.streamt.planner.app.PlanningService;
import dev.streamt.planner.core.TextPlan;
import dev.streamt.planner.store.ChangeSetStore;
import dev.streamt.runtime.http.Problem;
import dev.streamt.runtime.http.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Plans over HTTP, and the stored change sets as JSON or as a text plan. */
@Path("/api/v1")
public class PlanResource {

    static final String CORRELATION_HEADER = "X-Correlation-Id";

    @Inject
    PlanningService planning;

    @Inject
    ChangeSetStore changeSets;

    @POST
    @Path("/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a manifest ({\"manifest_id\"}) or the latest of a project ({\"project\", \"env\"})")
    public Response plan(String body, @HeaderParam(CORRELATION_HEADER) String correlationId) {
        PlanRequested request = request(body);
        String correlation = correlationId == null || correlationId.isBlank() ? CloudEvent.newId() : correlationId;
        try {
            ChangeSet changeSet = planning.planNow(request, correlation);
            return Response.created(URI.create("/api/v1/changesets/" + changeSet.id()))
                    .type(MediaType.APPLICATION_JSON).header(CORRELATION_HEADER, correlation)
                    .entity(StreamtJson.toJson(changeSet)).build();
        } catch (PlanFailure failure) {
            throw PlanProblems.of(failure);
        }
    }

    @GET
    @Path("/changesets/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A change set as JSON")
    public String changeSet(@PathParam("id") String id) {
        return StreamtJson.toJson(find(id));
    }

    @GET
    @Path("/changesets/{id}")
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "A change set as a readable text plan")
    public String textPlan(@PathParam("id") String id) {
        return TextPlan.render(find(id));
    }

    private ChangeSet find(String id) {
        return changeSets.byId(id).orElseThrow(() -> new ProblemException(Problem.of(404, "unknown-changeset",
                "Unknown change set", "No change set has the id '" + id + "'.")));
    }

    private static PlanRequested request(String body) {
        try {
            Map<?, ?> fields = StreamtJson.fromJson(body == null ? "" : body, Map.class);
            return StreamtJson.fromMap(cast(fields), PlanRequested.class);
        } catch (RuntimeException e) {
            throw new ProblemException(Problem.of(400, "invalid-plan-request", "Invalid plan request",
                    "Send {\"manifest_id\": \"sha256:...\"} or {\"project\": \"...\", \"env\": \"...\"}: "
                            + rootMessage(e)));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> cast(Map<?, ?> fields) {
        return (Map<String, ?>) fields;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
