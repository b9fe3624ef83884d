package dev.streamt.compiler.core;

import dev.streamt.compiler.core.dag.DagAnalysis;
import dev.streamt.compiler.core.dag.DagBuilder;
import dev.streamt.compiler.core.dag.DagEdgeSpec;
import dev.streamt.compiler.core.jinja.JinjaRenderer;
import dev.streamt.compiler.core.jinja.RenderProblem;
import dev.streamt.compiler.core.jinja.RenderResult;
import dev.streamt.compiler.core.jinja.TableNames;
import dev.streamt.compiler.core.jinja.TemplateReference;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.plan.ProjectPlan;
import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.SqlText;
import dev.streamt.compiler.core.sql.SqlAnalyzer;
import dev.streamt.compiler.core.sql.analysis.InputCatalog;
import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a loaded project into a {@link ProjectPlan}: renders every model's Jinja, resolves what each reads, orders the
 * models (CYCLE_DETECTED naming the whole cycle), and analyses each model's SQL once, in topological order, against the
 * already-inferred columns of its inputs — linear in the size of the project. Thread-safe: no state between calls.
 */
public final class ProjectPlanner {

    private final JinjaRenderer renderer;

    public ProjectPlanner(JinjaRenderer renderer) {
        this.renderer = renderer;
    }

    /** The plan, or empty when the models cannot be ordered (a cycle); every problem goes to {@code findings}. */
    public Optional<ProjectPlan> plan(ProjectDefinition project, ForeignManifests foreign, Findings findings) {
        ReferenceResolver resolver = new ReferenceResolver(project, foreign, findings);
        Map<String, Reading> readings = new LinkedHashMap<>();
        for (ModelDefinition model : project.models()) {
            readings.put(model.name(), read(model, project, resolver, findings));
        }
        DagAnalysis dag = DagBuilder.analyze(modelOrderNodes(project, readings), modelEdges(readings));
        if (!dag.acyclic()) {
            for (List<String> cycle : dag.cycles()) {
                reportCycle(cycle, project, findings);
            }
            return Optional.empty();
        }
        Map<String, ModelPlan> planned = new LinkedHashMap<>();
        for (String node : dag.order()) {
            if (node.startsWith("model.")) {
                Reading reading = readings.get(node.substring("model.".length()));
                planned.put(reading.model.name(), analyse(reading, project, planned, findings));
            }
        }
        return Optional.of(new ProjectPlan(project, new ArrayList<>(planned.values())));
    }

    /** What one model reads: its rendered SQL and its resolved inputs, in the order they are read. */
    private record Reading(ModelDefinition model, RenderResult render, Map<String, ResolvedInput> inputs,
            java.util.Set<String> unresolvedTables) {
    }

    private Reading read(ModelDefinition model, ProjectDefinition project, ReferenceResolver resolver,
            Findings findings) {
        Map<String, ResolvedInput> inputs = new LinkedHashMap<>();
        java.util.Set<String> unresolved = new java.util.HashSet<>();
        RenderResult render = null;
        SqlText sql = model.sql();
        if (sql != null) {
            render = renderer.render(sql.text(), project.vars());
            for (RenderProblem p : render.problems()) {
                findings.add(sql.positionOf(p.line(), p.column()).diagnostic(p.code(), p.message(), p.hint()));
            }
            for (TemplateReference reference : render.references()) {
                Optional<ResolvedInput> input = resolver.resolve(reference, model.group(),
                        sql.positionOf(reference.line(), reference.column()));
                if (input.isPresent()) {
                    inputs.putIfAbsent(input.get().nodeId(), input.get());
                } else {
                    unresolved.add(TableNames.of(reference.kind(), reference.name()));
                }
            }
        }
        for (InputRef ref : model.from()) {
            resolver.resolve(ref, model.group()).ifPresent(input -> inputs.putIfAbsent(input.nodeId(), input));
        }
        return new Reading(model, render, inputs, unresolved);
    }

    private static List<String> modelOrderNodes(ProjectDefinition project, Map<String, Reading> readings) {
        List<String> nodes = new ArrayList<>();
        project.sources().forEach(s -> nodes.add("source." + s.name()));
        readings.keySet().forEach(m -> nodes.add("model." + m));
        return nodes;
    }

    private static List<DagEdgeSpec> modelEdges(Map<String, Reading> readings) {
        List<DagEdgeSpec> edges = new ArrayList<>();
        readings.values().forEach(r -> r.inputs.keySet()
                .forEach(from -> edges.add(new DagEdgeSpec(from, "model." + r.model.name()))));
        return edges;
    }

    private static void reportCycle(List<String> cycle, ProjectDefinition project, Findings findings) {
        String first = cycle.get(0).substring("model.".length());
        ModelDefinition model = project.model(first).orElseThrow();
        String path = String.join(" → ", cycle);
        findings.add((model.sql() != null ? model.sql().span() : model.span()).diagnostic(DiagnosticCode.CYCLE_DETECTED,
                "Circular dependency detected: " + path,
                cycle.size() == 2 ? "A model cannot read its own output: remove ref('" + first + "')"
                        : "Break the cycle: one of these models must stop reading the next"));
    }

    private static ModelPlan analyse(Reading reading, ProjectDefinition project, Map<String, ModelPlan> planned,
            Findings findings) {
        ModelDefinition model = reading.model;
        List<InputRelation> inputs = new ArrayList<>();
        for (ResolvedInput input : reading.inputs.values()) {
            inputs.add(InputRelations.of(input, planned));
        }
        List<String> dependsOn = new ArrayList<>(reading.inputs.keySet());
        if (reading.render == null || !reading.render.ok()) {
            // No SQL (a sink) or SQL that did not render: nothing to analyse; the sink carries its input's columns.
            return new ModelPlan(model, Materializations.withoutSql(model), Materializations.reasonWithoutSql(model),
                    dependsOn, inputs, null, sinkColumns(inputs.isEmpty() ? null : reading.inputs.values().iterator()
                            .next(), planned), null);
        }
        SqlAnalysis analysis = SqlAnalyzer.analyze(reading.render.output(), catalog(model, inputs));
        SqlFindings.report(analysis, model, reading.unresolvedTables, findings);
        return new ModelPlan(model, Materializations.decide(model, analysis, project.runtime()),
                Materializations.reason(model, analysis), dependsOn, inputs, analysis, analysis.columns(),
                reading.render.output());
    }

    private static InputCatalog catalog(ModelDefinition model, List<InputRelation> inputs) {
        InputCatalog catalog = InputCatalog.of(inputs);
        if (model.mlOutputs().isEmpty()) {
            return catalog;
        }
        Map<String, List<InputColumn>> outputs = new HashMap<>();
        model.mlOutputs().forEach((name, output) -> {
            List<InputColumn> columns = new ArrayList<>();
            output.columns().forEach((column, type) -> columns.add(new InputColumn(column, type)));
            outputs.put(name, columns);
        });
        return catalog.withMlOutputs(outputs);
    }

    private static List<dev.streamt.compiler.core.sql.analysis.OutputColumn> sinkColumns(ResolvedInput first,
            Map<String, ModelPlan> planned) {
        if (first == null || first.modelName() == null || !planned.containsKey(first.modelName())) {
            return List.of();
        }
        // A sink writes its input as it is: each column comes from the input model's column of the same name.
        List<dev.streamt.compiler.core.sql.analysis.OutputColumn> columns = new ArrayList<>();
        for (dev.streamt.compiler.core.sql.analysis.OutputColumn c : planned.get(first.modelName()).columns()) {
            columns.add(new dev.streamt.compiler.core.sql.analysis.OutputColumn(c.name(), c.type(), c.inferred(),
                    List.of(new dev.streamt.compiler.core.sql.analysis.ColumnRef(first.nodeId(), c.name()))));
        }
        return columns;
    }
}
