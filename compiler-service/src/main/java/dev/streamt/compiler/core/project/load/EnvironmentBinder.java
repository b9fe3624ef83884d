package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.EnvironmentDefinition;
import dev.streamt.compiler.core.project.policy.Safety;


/** Reads an environment file's {@code environment} and {@code safety} blocks ({@code runtime}/{@code vars} merge). */
final class EnvironmentBinder {

    static final Keys FILE = Keys.of("environment", "runtime", "vars", "safety");
    static final Keys ENVIRONMENT = Keys.of("name", "description", "protected");
    static final Keys SAFETY = Keys.of("confirm_apply", "allow_destructive", "require_reviewed_plan");

    private EnvironmentBinder() {
    }

    static EnvironmentDefinition bind(BindContext ctx, Fields file, String name) {
        Fields environment = file.map("environment", ENVIRONMENT);
        String description = null;
        boolean isProtected = false;
        if (environment != null) {
            String declared = environment.string("name");
            if (declared != null && !declared.equals(name)) {
                ctx.problems.invalid(environment.valueSpan("name"), "environment.name '" + declared
                        + "' does not match the file name '" + name + "'",
                        "Rename the file or set environment.name: " + name + ".");
            }
            description = environment.string("description");
            isProtected = environment.bool("protected", false);
        }
        Fields safety = file.map("safety", SAFETY);
        Safety settings = safety == null ? new Safety(isProtected, !isProtected, false)
                : new Safety(safety.bool("confirm_apply", isProtected), safety.bool("allow_destructive", !isProtected),
                        safety.bool("require_reviewed_plan", false));
        return new EnvironmentDefinition(name, description, isProtected, settings, file.positions.build());
    }
}
