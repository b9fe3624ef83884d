package dev.streamt.lineage.api;

import dev.streamt.lineage.problem.LineageProblem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error of the HTTP API as an RFC 9457 {@code application/problem+json} body: the core's problems with what
 * exists instead (did you mean), framework errors (unknown path, wrong method) with their status, and anything
 * unexpected as a 500 that names no internals (the stack trace goes to the log only).
 */
public class ProblemMappers {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String TYPE_BASE = "https://streamt.dev/problems/";

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response lineageProblem(LineageProblem problem, UriInfo uri) {
        Map<String, Object> body = body(TYPE_BASE + problem.kind().slug(), problem.kind().title(),
                problem.kind().status(), problem.getMessage(), uri);
        body.putAll(problem.details());
        return Response.status(problem.kind().status()).type(PROBLEM_JSON).entity(body).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException exception, UriInfo uri) {
        int status = exception.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = status == 404 ? "Nothing here. The lineage API is under /api/v1/projects (see /q/openapi)."
                : title;
        return Response.status(status).type(PROBLEM_JSON).entity(body("about:blank", title, status, detail, uri)).build();
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException exception, UriInfo uri) {
        LOG.errorf(exception, "unexpected error answering %s", uri.getRequestUri());
        return Response.status(500).type(PROBLEM_JSON).entity(body("about:blank", "Internal Server Error", 500,
                "The lineage service failed to answer; the error is in its log.", uri)).build();
    }

    private static Map<String, Object> body(String type, String title, int status, String detail, UriInfo uri) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("instance", uri.getRequestUri().getRawPath());
        return body;
    }
}
