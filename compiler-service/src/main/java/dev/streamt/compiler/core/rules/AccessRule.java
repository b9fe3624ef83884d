package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.AccessLevel;
import dev.streamt.contracts.manifest.ModelAccess;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * ACCESS_DENIED: a model reads ({@code ref()} or {@code from}) a model of this project whose {@code access} forbids
 * it (DSL.md, "models[]"). A model's group is its {@code group}, else the project's {@code project.group}.
 * <ul>
 * <li>{@code public}: every model may read it.</li>
 * <li>{@code protected}: models whose group is in {@code allowed_groups} or equals the model's own group; a model
 * without any group is in none, so a protected model needs a group or {@code allowed_groups} to be read at all.</li>
 * <li>{@code private} (default): every model of the project when the model has no {@code group} of its own, else only
 * models of that group.</li>
 * </ul>
 * References to other projects' models are not checked here: their access is in that project's manifest, which the
 * planner resolves. Reported where the reference is written: the {@code from} entry, else the reading model's SQL.
 */
final class AccessRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        ProjectDefinition project = context.project();
        Map<String, ModelPlan> plans = context.modelPlans();
        for (ModelDefinition reader : project.models()) {
            for (Map.Entry<String, Span> read : references(reader, plans.get(reader.name()), project).entrySet()) {
                ModelDefinition target = project.model(read.getKey()).orElse(null);
                if (target == null || target == reader || allowed(reader, target, project)) {
                    continue;
                }
                findings.add(read.getValue().diagnostic(DiagnosticCode.ACCESS_DENIED, "Model '" + reader.name()
                        + "' (" + Names.group(groupOf(reader, project)) + ") cannot read model '" + target.name()
                        + "' (" + Names.group(groupOf(target, project)) + "): " + why(target, project),
                        hint(reader, target, project)));
            }
        }
    }

    /** The local models {@code reader} reads, each with where the reference is written. */
    private static Map<String, Span> references(ModelDefinition reader, ModelPlan plan, ProjectDefinition project) {
        Map<String, Span> read = new LinkedHashMap<>();
        Span sql = Spans.firstWritten(reader, "sql", "from", "name");
        if (plan != null) {
            for (String node : plan.dependsOn()) {
                if (node.startsWith("model.")) {
                    read.put(node.substring("model.".length()), sql);
                }
            }
        }
        for (InputRef input : reader.from()) {
            String node = Inputs.nodeIdOf(input, project);
            if (node != null && node.startsWith("model.")) {
                read.put(input.name(), input.kind() == InputRef.Kind.ANY ? input.span()
                        : Spans.insideItem(reader, input.span(), "ref"));
            }
        }
        return read;
    }

    static boolean allowed(ModelDefinition reader, ModelDefinition target, ProjectDefinition project) {
        ModelAccess access = target.access();
        String readerGroup = groupOf(reader, project);
        if (access.level() == AccessLevel.PUBLIC) {
            return true;
        }
        if (access.level() == AccessLevel.PROTECTED) {
            return readerGroup != null
                    && (access.allowedGroups().contains(readerGroup) || readerGroup.equals(groupOf(target, project)));
        }
        return target.group() == null || target.group().equals(readerGroup);
    }

    private static String groupOf(ModelDefinition model, ProjectDefinition project) {
        return model.group() != null ? model.group() : project.project().group();
    }

    private static String why(ModelDefinition target, ProjectDefinition project) {
        if (target.access().level() == AccessLevel.PRIVATE) {
            return "it is private to group '" + target.group() + "'";
        }
        Set<String> groups = new LinkedHashSet<>();
        if (groupOf(target, project) != null) {
            groups.add(groupOf(target, project));
        }
        groups.addAll(target.access().allowedGroups());
        return groups.isEmpty() ? "it is protected and has neither a group nor allowed_groups, so no model may read it"
                : "it is protected and readable only by groups " + Names.quotedList(groups);
    }

    private static String hint(ModelDefinition reader, ModelDefinition target, ProjectDefinition project) {
        String readerGroup = groupOf(reader, project);
        if (readerGroup == null) {
            return "Give model '" + reader.name() + "' a group that model '" + target.name()
                    + "' allows, or make '" + target.name() + "' public.";
        }
        return "Add '" + readerGroup + "' to access.allowed_groups of model '" + target.name()
                + "' (with access: {level: protected, allowed_groups: [...]}), or make it public.";
    }
}
