package dev.streamt.compiler.api;

import dev.streamt.compiler.app.CompilationService;
import dev.streamt.compiler.app.CompileCapacity;
import dev.streamt.compiler.core.CompileOutcome;
import dev.streamt.compiler.core.CompileRequest;
import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.http.CompileResponse;
import dev.streamt.runtime.http.Problem;
import dev.streamt.runtime.http.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Validate and compile over HTTP (API.md, compiler-service). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class CompileResource {

    /** The header a client may set to follow one request through plan, apply and tests. */
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    private static final String VAR_PREFIX = "var.";

    @Inject
    CompilationService compilation;

    @Inject
    UploadLimits limits;

    @POST
    @Path("/validate")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Validate a project", description = "All diagnostics of the project, nothing stored or published.")
    public Diagnostics validate(@HeaderParam("Content-Type") String contentType,
            @Parameter(description = "environment to compile for") @QueryParam("env") String env,
            @Context UriInfo uri, InputStream body) {
        try {
            return compilation.validate(request(contentType, env, uri, body)).diagnostics();
        } catch (CompileCapacity.Refusal refusal) {
            throw problem(refusal);
        }
    }

    @POST
    @Path("/compile")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Compile a project", description = "201 with the manifest (stored, ManifestCompiled published) "
            + "or 422 with the diagnostics (ManifestRejected published).")
    public Response compile(@HeaderParam("Content-Type") String contentType, @QueryParam("env") String env,
            @HeaderParam(CORRELATION_HEADER) String correlationHeader,
            @HeaderParam("X-Requested-By") String requestedBy, @Context UriInfo uri, InputStream body) {
        String correlationId = correlationHeader == null || correlationHeader.isBlank()
                ? CloudEvent.newId() : correlationHeader;
        CompileOutcome outcome;
        try {
            outcome = compilation.compile(request(contentType, env, uri, body), correlationId, null, requestedBy);
        } catch (CompileCapacity.Refusal refusal) {
            throw problem(refusal);
        }
        if (!outcome.valid()) {
            return Response.status(422).header(CORRELATION_HEADER, correlationId).entity(outcome.diagnostics()).build();
        }
        return Response.created(URI.create("/api/v1/manifests/" + outcome.manifest().id()))
                .header(CORRELATION_HEADER, correlationId)
                .entity(new CompileResponse(outcome.manifest(), outcome.diagnostics()))
                .build();
    }

    /** 413 for a project that can never fit this compiler's heap, 503 (try again) when it could later. */
    static ProblemException problem(CompileCapacity.Refusal refusal) {
        Problem problem = switch (refusal.kind()) {
            case TOO_LARGE -> Problem.of(413, "project-too-large-for-heap", "Project too large for this compiler",
                    refusal.getMessage());
            case BUSY -> Problem.of(503, "compiler-busy", "Compiler busy", refusal.getMessage());
            case OUT_OF_MEMORY -> Problem.of(503, "compiler-out-of-memory", "Compiler out of memory",
                    refusal.getMessage());
        };
        return new ProblemException(problem);
    }

    private CompileRequest request(String contentType, String env, UriInfo uri, InputStream body) {
        if (env != null && (env.contains("/") || env.chars().anyMatch(Character::isWhitespace))) {
            throw new ProblemException(Problem.of(400, "invalid-environment", "Invalid environment",
                    "An environment is a name like 'dev' or 'prod' (the file environments/<env>.yml); '" + env
                            + "' holds a '/' or a blank."));
        }
        Map<String, byte[]> files = new ProjectUploadReader(limits.limits()).read(contentType, body);
        return new CompileRequest(files, env, varOverrides(uri));
    }

    static Map<String, String> varOverrides(UriInfo uri) {
        Map<String, String> vars = new TreeMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (name.startsWith(VAR_PREFIX) && name.length() > VAR_PREFIX.length() && !values.isEmpty()) {
                vars.put(name.substring(VAR_PREFIX.length()), values.get(values.size() - 1));
            }
        });
        return vars;
    }
}
