package dev.streamt.planner.api;

import dev.streamt.contracts.events.payload.DriftDetected;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.planner.app.DriftService;
import dev.streamt.planner.app.PlanFailure;
import dev.streamt.planner.core.Owner;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Drift on demand: the changes that would bring a project's owned resources back to what it last applied. */
@Path("/api/v1/projects/{project}/drift")
public class DriftResource {

    @Inject
    DriftService drift;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Differences between the last applied state and what runs")
    public String drift(@PathParam("project") String project, @QueryParam("env") String env) {
        try {
            DriftDetected detected = drift.drift(Owner.of(project, env), env);
            return StreamtJson.toJson(detected);
        } catch (PlanFailure failure) {
            throw PlanProblems.of(failure);
        }
    }
}
