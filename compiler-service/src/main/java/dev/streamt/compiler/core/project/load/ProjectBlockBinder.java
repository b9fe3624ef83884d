package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Positions;
import dev.streamt.compiler.core.project.ProjectInfo;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code project} block and the {@code vars} (project, environment, then the request's overrides). */
final class ProjectBlockBinder {

    static final Keys PROJECT = Keys.of("name", "version", "description", "owner", "group");
    private static final Pattern PROJECT_NAME = Pattern.compile("^[a-z][a-z0-9_-]*$");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][-+]?\\d+)?");

    private ProjectBlockBinder() {
    }

    /** The project block, or null after reporting why there is no usable one. */
    static ProjectInfo info(BindContext ctx, Fields root) {
        Fields project = root.block("project", PROJECT);
        if (project == null) {
            ctx.problems.invalid(root.span().withPath("project"), "'project' is required in "
                    + root.span().file(), "Add project: name: <name> at the top of the file.");
            return null;
        }
        if (!project.require("name", "the project's identity on the platform")) {
            return null;
        }
        String name = project.string("name");
        if (name == null) {
            return null;
        }
        if (!PROJECT_NAME.matcher(name).matches()) {
            ctx.problems.invalid(project.valueSpan("name"), "Invalid project name '" + name + "': it must match "
                    + PROJECT_NAME.pattern(), "Use lowercase letters, digits, '_' and '-', starting with a letter.");
            return null;
        }
        return new ProjectInfo(name, project.string("version"), project.string("description"),
                project.string("owner"), RuntimeBinder.nonEmpty(project, "group"), project.positions.build());
    }

    /**
     * The effective vars: the project's, overlaid by the environment's, overlaid by the overrides (whose text is
     * read as a boolean, integer or decimal when it looks like one, else kept as a string). Positions of each var
     * ({@code vars.<name>}) go to {@code top}, the environment's winning.
     */
    static Map<String, Object> vars(BindContext ctx, Node projectVars, Node environmentVars,
            Map<String, String> overrides, Positions.Builder top) {
        Map<String, Object> vars = new TreeMap<>();
        java.util.List<YamlEntry> fromEnvironment = environmentVars == null ? java.util.List.of()
                : YamlEntry.allOf(ctx, environmentVars, "vars", "vars", top);
        for (YamlEntry entry : YamlEntry.allOf(ctx, projectVars, "vars", "vars", top)) {
            vars.put(entry.name(), Plain.value(ctx, entry.value(), entry.path()));
        }
        for (YamlEntry entry : fromEnvironment) {
            vars.put(entry.name(), Plain.value(ctx, entry.value(), entry.path()));
        }
        if (overrides != null) {
            overrides.forEach((name, text) -> {
                if (name != null && !name.isBlank()) {
                    vars.put(name, overrideValue(text));
                    ctx.scanVariables(text);
                }
            });
        }
        return vars;
    }

    static Object overrideValue(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("false")) {
            return Boolean.valueOf(trimmed.toLowerCase(java.util.Locale.ROOT));
        }
        if (INTEGER.matcher(trimmed).matches()) {
            return Long.valueOf(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
        }
        if (DECIMAL.matcher(trimmed).matches()) {
            return Double.valueOf(trimmed);
        }
        return text;
    }
}
