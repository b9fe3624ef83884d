package dev.streamt.planner.core;

import dev.streamt.contracts.events.Subject;
import java.util.Objects;

/**
 * The project and environment that created a resource. The environment of a project without environments is
 * {@link Subject#DEFAULT_ENVIRONMENT}, as in the Kafka keys, so an owner is always two names.
 */
public record Owner(String project, String environment) {

    public Owner {
        Objects.requireNonNull(project, "project");
        environment = environment == null ? Subject.DEFAULT_ENVIRONMENT : environment;
    }

    /** The owner of what a plan for {@code project} in {@code environment} ({@code null} = none) creates. */
    public static Owner of(String project, String environment) {
        return new Owner(project, environment);
    }

    /** The reason of a change blocked because this owner manages the resource. */
    public String managedByReason() {
        return "managed by project '" + project + "' (environment '" + environment + "')";
    }
}
