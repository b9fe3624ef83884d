package dev.streamt.planner.app;

import java.util.List;

/**
 * A plan that cannot be made, in words a user acts on: the manifest is unknown ({@link Kind#UNKNOWN_MANIFEST}) or the
 * live system cannot be read ({@link Kind#UNAVAILABLE}: unreachable, or a {@code ${VAR}} unset, named in
 * {@link #missingVariables()}). Over HTTP a 404 or 503 problem; over Kafka a {@code PlanFailed} event.
 */
public final class PlanFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Kind {
        UNKNOWN_MANIFEST, UNAVAILABLE
    }

    private final Kind kind;
    private final String project;
    private final String environment;
    private final String manifestId;
    private final transient List<String> missingVariables;
    private final transient List<String> known;

    PlanFailure(Kind kind, String project, String environment, String manifestId, String reason,
            List<String> missingVariables, List<String> known) {
        super(reason, null, false, false);
        this.kind = kind;
        this.project = project;
        this.environment = environment;
        this.manifestId = manifestId;
        this.missingVariables = List.copyOf(missingVariables);
        this.known = List.copyOf(known);
    }

    /** A manifest that was queued for a plan and is no longer in the store. */
    static PlanFailure unknownManifest(dev.streamt.planner.core.Owner owner, String manifestId) {
        return new PlanFailure(Kind.UNKNOWN_MANIFEST, owner.project(), owner.environment(), manifestId,
                "no manifest with id '" + manifestId + "' was received by the planner", List.of(), List.of());
    }

    public Kind kind() {
        return kind;
    }

    /** The project the plan was for, when known. */
    public String project() {
        return project;
    }

    public String environment() {
        return environment;
    }

    public String manifestId() {
        return manifestId;
    }

    public List<String> missingVariables() {
        return missingVariables;
    }

    /** What does exist (projects or environments) when a lookup missed, for a "did you mean". */
    public List<String> known() {
        return known;
    }
}
