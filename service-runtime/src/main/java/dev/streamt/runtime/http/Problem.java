package dev.streamt.runtime.http;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An RFC 9457 problem detail, the body of every error response that is not a project's diagnostics. {@code type} is a
 * stable URI per kind of problem (clients branch on it), {@code title} its short name, {@code detail} what happened this
 * time; {@code extensions} carry what a client needs to fix the request (e.g. the names that do exist).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance"})
public record Problem(String type, String title, int status, String detail, String instance,
        Map<String, Object> extensions) {

    /** The media type of a problem. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Prefix of streamt's problem type URIs. */
    public static final String TYPE_PREFIX = "https://streamt.dev/problems/";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has an error status, got " + status);
        }
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    /** A problem of streamt's own type {@code slug} (e.g. {@code unknown-project}). */
    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(TYPE_PREFIX + slug, title, status, detail, null, Map.of());
    }

    /** The same problem with one more extension member. */
    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, instance, more);
    }

    /** The same problem about this request path. */
    public Problem at(String requestPath) {
        return new Problem(type, title, status, detail, requestPath, extensions);
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return new java.util.TreeMap<>(extensions);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public Map<String, Object> extensions() {
        return extensions;
    }
}
