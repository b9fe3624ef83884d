package dev.streamt.runtime.http;

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
public class ControlCharacters {

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> refuse(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(true);
        if (hasControl(path)) {
            return Optional.of(problem("the request path"));
        }
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters(true);
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            if (hasControl(parameter.getKey()) || parameter.getValue().stream().anyMatch(ControlCharacters::hasControl)) {
                return Optional.of(problem("the query parameter '" + printable(parameter.getKey()) + "'"));
            }
        }
        return Optional.empty();
    }

    static boolean hasControl(String text) {
        return text != null && text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().limit(100).forEach(c -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", c)
                : String.valueOf((char) c)));
        return out.toString();
    }

    private static Response problem(String where) {
        return ProblemMappers.respond(Problem.of(400, "invalid-request", "Invalid request",
                "Control characters (NUL, line breaks, tabs) are not allowed in " + where + "."));
    }
}
