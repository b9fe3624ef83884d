package dev.streamt.planner.api;

import dev.streamt.planner.app.PlanFailure;
import dev.streamt.runtime.http.Problem;
import dev.streamt.runtime.http.ProblemException;

/** A failed plan or drift as an HTTP problem: unknown → 404, live system unreadable → 503 (never a 500). */
final class PlanProblems {

    private PlanProblems() {
    }

    static ProblemException of(PlanFailure failure) {
        Problem problem;
        if (failure.kind() == PlanFailure.Kind.UNKNOWN_MANIFEST) {
            problem = Problem.of(404, failure.manifestId() != null ? "unknown-manifest" : "unknown-project",
                    failure.manifestId() != null ? "Unknown manifest" : "Unknown project or environment",
                    capitalised(failure.getMessage()) + ".");
            if (!failure.known().isEmpty()) {
                problem = problem.with("known", failure.known());
            }
        } else {
            problem = Problem.of(503, "infrastructure-unavailable", "Infrastructure unavailable",
                    capitalised(failure.getMessage()) + ".");
            if (!failure.missingVariables().isEmpty()) {
                problem = problem.with("missing_variables", failure.missingVariables());
            }
        }
        return new ProblemException(problem);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
