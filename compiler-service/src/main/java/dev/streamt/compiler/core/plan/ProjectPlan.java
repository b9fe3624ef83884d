package dev.streamt.compiler.core.plan;

import dev.streamt.compiler.core.project.ProjectDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysed project the artifact generators and the rules work from: the loaded definition and every model's plan,
 * in dependency order (every model after the models it reads). Immutable; lookups by name are constant time, since
 * every stage looks models up once per model.
 */
public final class ProjectPlan {

    private final ProjectDefinition project;
    private final List<ModelPlan> models;
    private final Map<String, ModelPlan> byName;

    /** @param models the plans of the models that could be analysed, dependency order */
    public ProjectPlan(ProjectDefinition project, List<ModelPlan> models) {
        this.project = Objects.requireNonNull(project, "project");
        this.models = List.copyOf(models);
        Map<String, ModelPlan> index = new LinkedHashMap<>();
        this.models.forEach(m -> index.put(m.name(), m));
        this.byName = Collections.unmodifiableMap(index);
    }

    public ProjectDefinition project() {
        return project;
    }

    public List<ModelPlan> models() {
        return models;
    }

    public Optional<ModelPlan> model(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The plans by model name, in dependency order. */
    public Map<String, ModelPlan> byName() {
        return byName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectPlan other && project.equals(other.project) && models.equals(other.models);
    }

    @Override
    public int hashCode() {
        return Objects.hash(project, models);
    }

    @Override
    public String toString() {
        return "ProjectPlan[" + project.project().name() + ", " + models.size() + " models]";
    }
}
