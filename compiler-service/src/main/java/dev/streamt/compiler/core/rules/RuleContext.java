package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.plan.ProjectPlan;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.contracts.manifest.Artifacts;
import java.util.Map;
import java.util.Objects;

/**
 * What the rules look at: the analysed project ({@code plan}: definitions, effective materializations, SQL analyses,
 * dependencies) and the {@code artifacts} generated from it (topics with defaults applied, jobs, connectors, ...).
 * Immutable.
 *
 * <p>{@link ProjectPlan#models()} holds only the models that could be analysed; rules about what was written
 * (descriptions, settings, tests, exposures) read {@link #project()} so that they also cover models whose SQL failed.
 */
public record RuleContext(ProjectPlan plan, Artifacts artifacts) {

    public RuleContext {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(artifacts, "artifacts");
    }

    /** The project as written. */
    public ProjectDefinition project() {
        return plan.project();
    }

    /** The plans of the analysed models by name, in dependency order. */
    public Map<String, ModelPlan> modelPlans() {
        return plan.byName();
    }
}
