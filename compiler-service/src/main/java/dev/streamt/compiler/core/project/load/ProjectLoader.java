package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Defaults;
import dev.streamt.compiler.core.project.EnvironmentDefinition;
import dev.streamt.compiler.core.project.Positions;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.ProjectInfo;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.policy.Rules;
import dev.streamt.compiler.core.project.runtime.RuntimeConfig;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a project: decodes every file as strict UTF-8, composes the YAML safely ({@link LoaderLimits}), merges
 * {@code stream_project.yml} with the files under {@code sources/}, {@code models/}, {@code tests/},
 * {@code exposures/}, overlays the chosen environment ({@code environments/<env>.yml}: runtime, vars, safety),
 * applies the request's var overrides, checks every block strictly and normalises the compatibility forms into the
 * typed {@link ProjectDefinition}. All problems are reported in one pass. Stateless and thread-safe.
 */
public final class ProjectLoader {

    static final Keys PROJECT_FILE = Keys.of("project", "vars", "runtime", "defaults", "rules", "sources", "models",
            "tests", "exposures");
    static final Keys BLOCK_FILE = Keys.of("sources", "models", "tests", "exposures").misplaced(Map.of(
            "project", "'project' belongs in stream_project.yml.",
            "runtime", "'runtime' belongs in stream_project.yml or environments/<env>.yml.",
            "vars", "'vars' belongs in stream_project.yml or environments/<env>.yml.",
            "defaults", "'defaults' belongs in stream_project.yml.",
            "rules", "'rules' belongs in stream_project.yml."));

    private final LoaderLimits limits;

    /** A loader with {@link LoaderLimits#DEFAULT}. */
    public ProjectLoader() {
        this(LoaderLimits.DEFAULT);
    }

    public ProjectLoader(LoaderLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * Reads {@code files} for {@code environment} (null: none) with {@code varOverrides} (var name to value, from
     * {@code var.<name>=<value>}; may be null).
     */
    public LoadResult load(ProjectFiles files, String environment, Map<String, String> varOverrides) {
        Objects.requireNonNull(files, "files");
        Problems problems = new Problems();
        ProjectLayout layout = ProjectLayout.of(files, problems);
        EnvironmentSelector.Selection selection = EnvironmentSelector.select(layout, environment, problems);
        Map<String, SourceFile> texts = new HashMap<>();
        BindContext ctx = new BindContext(problems, texts);
        YamlReader reader = new YamlReader(limits);

        String projectPath = layout.projectFile == null ? ProjectFiles.PROJECT_FILE : layout.projectFile;
        YamlReader.Result project = layout.projectFile == null ? YamlReader.Result.FAILED
                : read(files, layout.projectFile, reader, texts, problems);
        if (layout.projectFile == null) {
            problems.add(new Diagnostic(DiagnosticCode.INVALID_VALUE.name(), "The project has no "
                    + ProjectFiles.PROJECT_FILE, ProjectFiles.PROJECT_FILE, null, null, null,
                    "Add stream_project.yml at the root of the project with at least project: name: <name>."));
        }
        YamlReader.Result environmentFile = selection.path() == null ? null
                : read(files, selection.path(), reader, texts, problems);
        boolean environmentUsable = selection.resolved() && (environmentFile == null || !environmentFile.failed());

        Positions.Builder top = Positions.builder(Span.startOf(projectPath));
        Fields root = Fields.read(ctx, project.root(), "", "", top, PROJECT_FILE);
        ProjectInfo info = project.failed() ? null : ProjectBlockBinder.info(ctx, root);
        Fields env = environmentFile == null || environmentFile.failed() ? null
                : Fields.read(ctx, environmentFile.root(), "", "", Positions.builder(Span.startOf(selection.path())),
                        EnvironmentBinder.FILE);
        EnvironmentDefinition environmentDefinition = env == null ? null
                : EnvironmentBinder.bind(ctx, env, selection.name());
        Node runtimeNode = NodeMerger.merge(root.value("runtime"), env == null ? null : env.value("runtime"));
        RuntimeConfig runtime = RuntimeBinder.bind(ctx, runtimeNode, Span.startOf(projectPath),
                environmentUsable && !project.failed(), selection.path() != null ? selection.path() : projectPath);
        Map<String, Object> vars = ProjectBlockBinder.vars(ctx, root.value("vars"),
                env == null ? null : env.value("vars"), varOverrides, top);
        Defaults defaults = DefaultsBinder.bind(root);
        Rules rules = RulesBinder.bind(root);

        DefinitionCollector definitions = new DefinitionCollector(ctx);
        definitions.collect(root);
        for (String path : layout.blockFiles) {
            YamlReader.Result block = read(files, path, reader, texts, problems);
            if (!block.failed()) {
                definitions.collect(Fields.read(ctx, block.root(), "", "", Positions.builder(Span.startOf(path)),
                        BLOCK_FILE));
            }
        }
        ReferenceChecks.flinkClusters(ctx, runtime, defaults, definitions);

        ProjectDefinition definition = info == null || !environmentUsable ? null
                : new ProjectDefinition(info, environmentDefinition, vars, runtime, defaults, rules,
                        definitions.sources, definitions.models, definitions.tests, definitions.exposures,
                        new ArrayList<>(ctx.variables()), top.build());
        return new LoadResult(definition, problems.sorted());
    }

    private YamlReader.Result read(ProjectFiles files, String path, YamlReader reader,
            Map<String, SourceFile> texts, Problems problems) {
        byte[] bytes = files.bytes(path);
        if (bytes.length > limits.maxFileBytes()) {
            problems.invalid(Span.startOf(path), String.format("File '%s' is too large: %,d bytes, the limit is %,d",
                    path, bytes.length, limits.maxFileBytes()), "Split the project into smaller files.");
            return YamlReader.Result.FAILED;
        }
        String text = Utf8Decoder.decode(path, bytes, problems);
        if (text == null) {
            return YamlReader.Result.FAILED;
        }
        SourceFile file = new SourceFile(path, text);
        texts.put(path, file);
        return reader.read(file, problems);
    }
}
