package dev.streamt.contracts.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.ContractViolationException;
import dev.streamt.contracts.Nullable;

/**
 * What a message is about: a project in an environment, written {@code <project>/<env>}. It is the CloudEvents
 * {@code subject} and the Kafka record key of every streamt topic, so everything about one project and environment is
 * ordered. A project without environments has environment {@code null}, written as the literal {@code default}
 * (so an environment named {@code default} is the same as none).
 */
public record Subject(String project, @Nullable String environment) {

    /** The environment part of the key of a project without environments. */
    public static final String DEFAULT_ENVIRONMENT = "default";

    /** The JSON Schema (ECMA-262) pattern of a subject. */
    public static final String PATTERN = "^[^\\s/]+/[^\\s/]+$";

    public Subject {
        check(project, "project");
        if (environment != null) {
            check(environment, "environment");
            if (environment.equals(DEFAULT_ENVIRONMENT)) {
                environment = null;
            }
        }
    }

    /** The subject of a project in an environment ({@code null} for none). */
    public static Subject of(String project, String environment) {
        return new Subject(project, environment);
    }

    /**
     * Parses {@code <project>/<env>}.
     *
     * @throws ContractViolationException when the text is not a subject
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Subject parse(String text) {
        if (text == null) {
            throw new ContractViolationException("subject must not be null; expected <project>/<env>");
        }
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new ContractViolationException("invalid subject '" + text + "': expected <project>/<env>");
        }
        try {
            return new Subject(text.substring(0, slash), text.substring(slash + 1));
        } catch (IllegalArgumentException e) {
            throw new ContractViolationException("invalid subject '" + text + "': " + e.getMessage());
        }
    }

    /** The environment, or {@code default} for a project without environments. */
    public String environmentOrDefault() {
        return environment == null ? DEFAULT_ENVIRONMENT : environment;
    }

    /** The wire form and Kafka key: {@code <project>/<env>}. */
    @JsonValue
    public String value() {
        return project + "/" + environmentOrDefault();
    }

    @Override
    public String toString() {
        return value();
    }

    private static void check(String part, String what) {
        if (part == null || part.isBlank()) {
            throw new IllegalArgumentException("subject " + what + " must not be blank");
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '/' || Character.isWhitespace(c)) {
                throw new IllegalArgumentException("subject " + what + " must not contain '/' or spaces, got '"
                        + part + "'");
            }
        }
    }
}
