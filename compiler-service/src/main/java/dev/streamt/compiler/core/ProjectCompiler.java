package dev.streamt.compiler.core;

import dev.streamt.compiler.core.artifacts.ArtifactGenerator;
import dev.streamt.compiler.core.jinja.JinjaRenderer;
import dev.streamt.compiler.core.manifest.ManifestAssembler;
import dev.streamt.compiler.core.plan.ProjectPlan;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.compiler.core.project.load.ProjectFiles;
import dev.streamt.compiler.core.project.load.ProjectLoader;
import dev.streamt.compiler.core.rules.ProjectRule;
import dev.streamt.compiler.core.rules.ProjectRules;
import dev.streamt.compiler.core.rules.RuleContext;
import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.Manifest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The compiler: project files in, manifest and diagnostics out. Load (YAML, environments, strict schema) → plan (Jinja,
 * references, DAG, SQL analysis, materialization) → artifacts → every rule → manifest. Every stage reports into one set
 * of findings so a project's problems come back in one pass; the manifest exists only when there is no error.
 *
 * <p>Thread-safe and stateless between calls: one instance serves every request.
 */
public final class ProjectCompiler {

    private final ProjectLoader loader;
    private final ProjectPlanner planner;
    private final List<ProjectRule> rules;

    public ProjectCompiler() {
        this(new ProjectLoader(), new ProjectPlanner(new JinjaRenderer()), ProjectRules.all());
    }

    public ProjectCompiler(ProjectLoader loader, ProjectPlanner planner, List<ProjectRule> rules) {
        this.loader = loader;
        this.planner = planner;
        this.rules = List.copyOf(rules);
    }

    public CompileOutcome compile(CompileRequest request, ForeignManifests foreign, Instant compiledAt) {
        LoadResult load = loader.load(ProjectFiles.of(request.files()), request.environment(), request.varOverrides());
        Findings findings = new Findings();
        findings.addAll(load.diagnostics());
        ProjectDefinition project = load.project();
        if (project == null) {
            return new CompileOutcome(null, request.environment(), null, findings.toDiagnostics());
        }
        String name = project.project().name();
        String environment = project.environmentName();
        Optional<ProjectPlan> plan = planner.plan(project, foreign, findings);
        if (plan.isEmpty()) {
            return new CompileOutcome(name, environment, null, findings.toDiagnostics());
        }
        Artifacts artifacts = ArtifactGenerator.generate(plan.get(), findings);
        RuleContext context = new RuleContext(plan.get(), artifacts);
        for (ProjectRule rule : rules) {
            rule.check(context, findings);
        }
        Diagnostics diagnostics = findings.toDiagnostics();
        if (!diagnostics.valid()) {
            return new CompileOutcome(name, environment, null, diagnostics);
        }
        Manifest manifest = ManifestAssembler.assemble(plan.get(), artifacts, compiledAt);
        return new CompileOutcome(name, environment, manifest, diagnostics);
    }
}
