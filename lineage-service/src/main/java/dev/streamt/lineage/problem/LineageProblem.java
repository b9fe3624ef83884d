package dev.streamt.lineage.problem;

import dev.streamt.runtime.http.Problem;
import dev.streamt.runtime.http.ProblemException;
import dev.streamt.runtime.text.DidYouMean;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A question the service cannot answer as asked, with what it knows instead (the existing projects, environments,
 * nodes, or the closest names). It is a service-runtime {@link ProblemException}, so the shared problem mappers answer
 * it as an RFC 9457 problem of type {@code https://streamt.dev/problems/<kind>} whose extension members are the
 * details; the core only says what went wrong.
 */
public final class LineageProblem extends ProblemException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_SUGGESTIONS = 3;

    private final ProblemKind kind;
    private final transient Map<String, Object> details;

    public LineageProblem(ProblemKind kind, String detail, Map<String, Object> details) {
        super(problem(kind, detail, details));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    private static Problem problem(ProblemKind kind, String detail, Map<String, Object> details) {
        Problem problem = Problem.of(kind.status(), kind.slug(), kind.title(), detail);
        for (Map.Entry<String, Object> member : details.entrySet()) {
            problem = problem.with(member.getKey(), member.getValue());
        }
        return problem;
    }

    /** The candidates close to {@code input}, for a "did you mean". */
    private static List<String> closest(String input, Collection<String> known) {
        return DidYouMean.closest(input, known, MAX_SUGGESTIONS);
    }

    public ProblemKind kind() {
        return kind;
    }

    /** Extension members of the problem (snake_case names), like {@code did_you_mean}. */
    public Map<String, Object> details() {
        return details;
    }

    public static LineageProblem unknownProject(String project, Collection<String> known) {
        List<String> close = closest(project, known);
        return new LineageProblem(ProblemKind.UNKNOWN_PROJECT, "No manifest of project '" + project
                + "' has been received" + DidYouMean.sentenceEnd(close) + knownList(" Known projects: ", known),
                Map.of("project", project, "did_you_mean", close, "known_projects", List.copyOf(known)));
    }

    public static LineageProblem unknownEnvironment(String project, String environment, Collection<String> known) {
        List<String> close = closest(environment, known);
        return new LineageProblem(ProblemKind.UNKNOWN_ENVIRONMENT, "Project '" + project + "' has no environment '"
                + environment + "'" + DidYouMean.sentenceEnd(close) + knownList(" Its environments: ", known),
                Map.of("project", project, "environment", environment, "did_you_mean", close,
                        "known_environments", List.copyOf(known)));
    }

    public static LineageProblem environmentRequired(String project, Collection<String> known) {
        return new LineageProblem(ProblemKind.ENVIRONMENT_REQUIRED, "Project '" + project
                + "' has several environments; name one with ?env=" + knownList(" Its environments: ", known),
                Map.of("project", project, "known_environments", List.copyOf(known)));
    }

    public static LineageProblem unknownNode(String project, String node, List<String> close, int known) {
        return new LineageProblem(ProblemKind.UNKNOWN_NODE, "Project '" + project + "' has no node '" + node + "'"
                + DidYouMean.sentenceEnd(close) + " Node ids look like model.orders_clean, source.orders_raw, "
                + "exposure.dashboard or otherproject:model.name.",
                Map.of("project", project, "node", node, "did_you_mean", close, "known_node_count", known));
    }

    public static LineageProblem ambiguousNode(String project, String node, List<String> candidates) {
        return new LineageProblem(ProblemKind.AMBIGUOUS_NODE, "'" + node + "' names several nodes of project '"
                + project + "': " + String.join(", ", candidates) + ". Use the full node id.",
                Map.of("project", project, "node", node, "candidates", candidates));
    }

    public static LineageProblem unknownColumn(String node, String column, Collection<String> known) {
        List<String> close = closest(column, known);
        return new LineageProblem(ProblemKind.UNKNOWN_COLUMN, "Node '" + node + "' has no column '" + column + "'"
                + DidYouMean.sentenceEnd(close) + knownList(" Its columns: ", known),
                Map.of("node", node, "column", column, "did_you_mean", close, "known_columns", List.copyOf(known)));
    }

    public static LineageProblem invalidParameter(String parameter, String value, Collection<String> allowed) {
        List<String> close = closest(value, allowed);
        return new LineageProblem(ProblemKind.INVALID_PARAMETER, "'" + value + "' is not a valid " + parameter
                + DidYouMean.sentenceEnd(close) + knownList(" Allowed: ", allowed),
                Map.of("parameter", parameter, "value", value, "did_you_mean", close, "allowed", List.copyOf(allowed)));
    }

    public static LineageProblem invalidParameter(String parameter, String value, String why) {
        return new LineageProblem(ProblemKind.INVALID_PARAMETER, "'" + value + "' is not a valid " + parameter + ": "
                + why, Map.of("parameter", parameter, "value", value));
    }

    private static String knownList(String prefix, Collection<String> known) {
        if (known.isEmpty()) {
            return "";
        }
        List<String> first = known.stream().limit(20).toList();
        return prefix + String.join(", ", first) + (known.size() > first.size() ? ", …" : "") + ".";
    }
}
