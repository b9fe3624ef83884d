package dev.streamt.compiler.core.project.load;

import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.runtime.text.DidYouMean;

/**
 * Chooses the environment file: with environments present a compile must name one ({@code ENVIRONMENT_REQUIRED}
 * lists them); a name that does not exist is {@code ENVIRONMENT_NOT_FOUND} (with "Did you mean"), also when the
 * project has no environments at all.
 */
final class EnvironmentSelector {

    /** The chosen environment ({@code name} and {@code path} null when there is none) and whether choosing worked. */
    record Selection(String name, String path, boolean resolved) {
    }

    private EnvironmentSelector() {
    }

    static Selection select(ProjectLayout layout, String requested, Problems problems) {
        String name = requested == null || requested.isBlank() ? null : requested.trim();
        String available = String.join(", ", layout.environments.keySet());
        if (name == null) {
            if (layout.environments.isEmpty()) {
                return new Selection(null, null, true);
            }
            String first = layout.environments.keySet().iterator().next();
            problems.addUnplaced(DiagnosticCode.ENVIRONMENT_REQUIRED, "This project defines environments; choose one "
                    + "to compile for. Available: " + available,
                    "Compile with env=" + first + " (or another of: " + available + ").");
            return new Selection(null, null, false);
        }
        String path = layout.environments.get(name);
        if (path != null) {
            return new Selection(name, path, true);
        }
        if (layout.environments.isEmpty()) {
            problems.addUnplaced(DiagnosticCode.ENVIRONMENT_NOT_FOUND, "Environment '" + name
                    + "' not found: this project has no environments",
                    "Compile without an environment, or add environments/" + name + ".yml.");
        } else {
            String suggestion = DidYouMean.hint(name, layout.environments.keySet());
            problems.addUnplaced(DiagnosticCode.ENVIRONMENT_NOT_FOUND, "Environment '" + name
                    + "' not found. Available: " + available,
                    suggestion != null ? suggestion : "Available environments: " + available + ".");
        }
        return new Selection(name, null, false);
    }
}
