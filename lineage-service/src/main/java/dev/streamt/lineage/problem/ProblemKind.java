package dev.streamt.lineage.problem;

import java.util.Locale;

/** The kinds of request the service cannot answer, each with its HTTP status and a stable title. */
public enum ProblemKind {
    UNKNOWN_PROJECT(404, "Unknown project"),
    UNKNOWN_ENVIRONMENT(404, "Unknown environment"),
    ENVIRONMENT_REQUIRED(400, "Environment required"),
    UNKNOWN_NODE(404, "Unknown node"),
    AMBIGUOUS_NODE(400, "Ambiguous node"),
    UNKNOWN_COLUMN(404, "Unknown column"),
    INVALID_PARAMETER(400, "Invalid parameter");

    private final int status;
    private final String title;

    ProblemKind(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The last segment of the problem {@code type} URI, like {@code unknown-node}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
