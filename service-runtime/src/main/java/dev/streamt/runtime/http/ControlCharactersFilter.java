package dev.streamt.runtime.http;

import dev.streamt.runtime.text.ControlCharacters;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses, before any resource runs, a request whose path or query holds a control character once decoded (a
 * {@code %00} in an id, a {@code %0A} in a name): PostgreSQL cannot store a NUL, and a line break would forge a line of
 * the service's log. Answered as a 400 problem, never a 500.
 */
public class ControlCharactersFilter {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuse(ContainerRequestContext request) {
        if (ControlCharacters.in(request.getUriInfo().getPath(true))) {
            return Optional.of(problem("the request path"));
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (ControlCharacters.in(parameter.getKey())
                    || parameter.getValue().stream().anyMatch(ControlCharacters::in)) {
                return Optional.of(problem("the query parameter '"
                        + ControlCharacters.escaped(parameter.getKey(), 100) + "'"));
            }
        }
        return Optional.empty();
    }

    private static Response problem(String where) {
        return ProblemMappers.respond(Problem.of(400, "invalid-request", "Invalid request",
                "Control characters (NUL, line breaks, tabs) are not allowed in " + where + "."));
    }
}
