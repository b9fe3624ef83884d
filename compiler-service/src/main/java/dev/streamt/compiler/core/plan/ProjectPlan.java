package dev.streamt.compiler.core.plan;

import dev.streamt.compiler.core.project.ProjectDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysed project the artifact generators and the rules work from: the loaded definition and every model's plan,
 * in dependency order (every model after the models it reads). Immutable.
 *
 * @param models the plans of the models that could be analysed, dependency order
 */
public record ProjectPlan(ProjectDefinition project, List<ModelPlan> models) {

    public ProjectPlan {
        Objects.requireNonNull(project, "project");
        models = List.copyOf(models);
    }

    public Optional<ModelPlan> model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst();
    }

    /** The plans by model name, in dependency order. */
    public Map<String, ModelPlan> byName() {
        Map<String, ModelPlan> map = new LinkedHashMap<>();
        models.forEach(m -> map.put(m.name(), m));
        return map;
    }
}
