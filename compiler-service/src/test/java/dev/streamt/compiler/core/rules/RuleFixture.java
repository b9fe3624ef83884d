package dev.streamt.compiler.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.jinja.JinjaRenderer;
import dev.streamt.compiler.core.jinja.RenderResult;
import dev.streamt.compiler.core.jinja.TableNames;
import dev.streamt.compiler.core.jinja.TemplateReference;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.plan.ProjectPlan;
import dev.streamt.compiler.core.project.ColumnDefinition;
import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.LoadResult;
import dev.streamt.compiler.core.project.MlOutput;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.ProjectFiles;
import dev.streamt.compiler.core.project.ProjectLoader;
import dev.streamt.compiler.core.project.SourceDefinition;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.compiler.core.project.TopicSettings;
import dev.streamt.compiler.core.sql.InputCatalog;
import dev.streamt.compiler.core.sql.InputColumn;
import dev.streamt.compiler.core.sql.InputRelation;
import dev.streamt.compiler.core.sql.MaterializationHint;
import dev.streamt.compiler.core.sql.SqlAnalysis;
import dev.streamt.compiler.core.sql.SqlAnalyzer;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.TopicArtifact;
import dev.streamt.contracts.testing.TestType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one shared fixture of the rule tests: reads a {@code stream_project.yml} text, plans its models with a small
 * stand-in for the compiler's planner (Jinja rendering, SQL analysis, the DSL's materialization decision; models must
 * be declared after their inputs) and makes the topic artifacts with defaults applied, then runs rules on it.
 */
final class RuleFixture {

    /** {@code project} and a Kafka runtime; the text continues inside {@code runtime}. */
    static final String KAFKA = """
            project:
              name: shop
            runtime:
              kafka:
                bootstrap_servers: localhost:9092
            """;

    /** {@link #KAFKA} plus a REST Flink cluster; the text continues inside {@code runtime}. */
    static final String FLINK = KAFKA + """
              flink:
                default: local
                clusters:
                  local:
                    type: rest
                    rest_url: http://localhost:8081
                    sql_gateway_url: http://localhost:8083
            """;

    /** The line count of {@link #FLINK}: positions in tests that start with it are this plus their own line. */
    static final int FLINK_LINES = 12;

    /** The line count of {@link #KAFKA}. */
    static final int KAFKA_LINES = 5;

    private static final JinjaRenderer JINJA = new JinjaRenderer();

    private RuleFixture() {
    }

    /** The context of a project that must load without diagnostics. */
    static RuleContext context(String streamProject) {
        LoadResult loaded = new ProjectLoader().load(ProjectFiles.ofText(Map.of("stream_project.yml", streamProject)),
                null, Map.of());
        assertThat(loaded.diagnostics()).as("loader diagnostics").isEmpty();
        ProjectPlan plan = plan(loaded.project());
        return new RuleContext(plan, new Artifacts(topics(plan), List.of(), List.of(), List.of(), List.of()));
    }

    /** Runs one rule on the project. */
    static Diagnostics run(ProjectRule rule, String streamProject) {
        Findings findings = new Findings();
        rule.check(context(streamProject), findings);
        return findings.toDiagnostics();
    }

    /** Runs one rule on a context made by hand. */
    static Diagnostics run(ProjectRule rule, RuleContext context) {
        Findings findings = new Findings();
        rule.check(context, findings);
        return findings.toDiagnostics();
    }

    /** Every diagnostic, errors then warnings. */
    static List<Diagnostic> all(Diagnostics diagnostics) {
        List<Diagnostic> all = new ArrayList<>(diagnostics.errors());
        all.addAll(diagnostics.warnings());
        return all;
    }

    /** The 1-based line of the first line of {@code text} containing {@code needle}. */
    static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        throw new AssertionError("'" + needle + "' is not in the project text");
    }

    /** The only diagnostic, which must have {@code code}. */
    static Diagnostic only(Diagnostics diagnostics, String code) {
        assertThat(all(diagnostics)).extracting(Diagnostic::code).as("diagnostics %s", all(diagnostics))
                .containsExactly(code);
        return all(diagnostics).get(0);
    }

    /** Asserts the position of a diagnostic in stream_project.yml. */
    static void assertAt(Diagnostic diagnostic, int line, int column, String path) {
        assertThat(diagnostic.file()).as("file of %s", diagnostic).isEqualTo("stream_project.yml");
        assertThat(diagnostic.line()).as("line of %s", diagnostic).isEqualTo(line);
        assertThat(diagnostic.column()).as("column of %s", diagnostic).isEqualTo(column);
        assertThat(diagnostic.path()).as("path of %s", diagnostic).isEqualTo(path);
    }

    private static ProjectPlan plan(ProjectDefinition project) {
        Map<String, InputRelation> relations = new LinkedHashMap<>();
        for (SourceDefinition source : project.sources()) {
            relations.put("source." + source.name(), source.columns().isEmpty()
                    ? InputRelation.undeclared(source.name(), "source." + source.name())
                    : InputRelation.of(source.name(), "source." + source.name(), columnsOf(source.columns())));
        }
        List<ModelPlan> plans = new ArrayList<>();
        for (ModelDefinition model : project.models()) {
            ModelPlan plan = model.sql() == null ? sink(model, project, relations)
                    : query(model, project, relations);
            if (plan != null) {
                plans.add(plan);
                List<InputColumn> columns = new ArrayList<>();
                plan.columns().forEach(c -> columns.add(new InputColumn(c.name(), c.type().ddl())));
                relations.put(plan.nodeId(), InputRelation.of(model.name(), plan.nodeId(), columns));
            }
        }
        return new ProjectPlan(project, plans);
    }

    private static ModelPlan sink(ModelDefinition model, ProjectDefinition project,
            Map<String, InputRelation> relations) {
        List<String> dependsOn = new ArrayList<>();
        List<InputRelation> inputs = new ArrayList<>();
        for (InputRef input : model.from()) {
            String node = Inputs.nodeIdOf(input, project);
            if (node != null && relations.containsKey(node)) {
                dependsOn.add(node);
                inputs.add(relations.get(node));
            }
        }
        Materialization materialized = model.materialized() != null ? model.materialized() : Materialization.SINK;
        return new ModelPlan(model, materialized, model.materialized() != null ? "declared" : "from without sql",
                dependsOn, inputs, null, List.of(), null);
    }

    private static ModelPlan query(ModelDefinition model, ProjectDefinition project,
            Map<String, InputRelation> relations) {
        RenderResult rendered = JINJA.render(model.sql().text(), project.vars());
        assertThat(rendered.problems()).as("Jinja problems of %s", model.name()).isEmpty();
        List<String> dependsOn = new ArrayList<>();
        Map<String, InputRelation> catalog = new LinkedHashMap<>();
        for (TemplateReference reference : rendered.references()) {
            String node = (reference.kind() == TemplateReference.Kind.SOURCE ? "source." : "model.")
                    + reference.name();
            InputRelation relation = relations.get(node);
            if (relation != null && !dependsOn.contains(node)) {
                dependsOn.add(node);
                catalog.put(TableNames.of(reference.kind(), reference.name()), relation);
            }
        }
        for (InputRef input : model.from()) {
            InputRelation relation = relations.get(Inputs.nodeIdOf(input, project));
            if (relation != null) {
                catalog.putIfAbsent(relation.table(), relation);
            }
        }
        Map<String, List<InputColumn>> mlOutputs = new LinkedHashMap<>();
        for (MlOutput output : model.mlOutputs().values()) {
            List<InputColumn> columns = new ArrayList<>();
            output.columns().forEach((name, type) -> columns.add(new InputColumn(name, type)));
            mlOutputs.put(output.model(), columns);
        }
        SqlAnalysis analysis = SqlAnalyzer.analyze(rendered.output(),
                new InputCatalog(catalog, Map.of()).withMlOutputs(mlOutputs));
        if (!analysis.parsed() || analysis.noFrom()) {
            return null;
        }
        MaterializationHint hint = analysis.hint();
        Materialization materialized = model.materialized() != null ? model.materialized() : inferred(hint, project);
        return new ModelPlan(model, materialized, model.materialized() != null ? "declared" : hint.inferredFrom(),
                dependsOn, new ArrayList<>(catalog.values()), analysis, analysis.columns(), analysis.sql());
    }

    /** DSL.md, "Materialization": stateful → flink, SELECT * → topic, other stateless → virtual_topic or flink. */
    private static Materialization inferred(MaterializationHint hint, ProjectDefinition project) {
        switch (hint.kind()) {
            case STATEFUL:
                return Materialization.FLINK;
            case PASSTHROUGH:
                return Materialization.TOPIC;
            default:
                return project.runtime().hasGateway() ? Materialization.VIRTUAL_TOPIC : Materialization.FLINK;
        }
    }

    private static List<InputColumn> columnsOf(List<ColumnDefinition> columns) {
        List<InputColumn> result = new ArrayList<>();
        columns.forEach(c -> result.add(new InputColumn(c.name(), c.type())));
        return result;
    }

    /** A topic per topic/flink model with its settings over the defaults, and the test failure topic. */
    private static List<TopicArtifact> topics(ProjectPlan plan) {
        ProjectDefinition project = plan.project();
        List<TopicArtifact> topics = new ArrayList<>();
        for (ModelPlan model : plan.models()) {
            if (model.materialized() == Materialization.TOPIC || model.materialized() == Materialization.FLINK) {
                TopicSettings settings = project.defaults().topicFor(model.definition());
                topics.add(new TopicArtifact(settings.name() != null ? settings.name() : model.name(),
                        settings.partitions(), settings.replicationFactor(), settings.config(),
                        NodeId.model(model.name())));
            }
        }
        if (project.tests().stream().map(TestDefinition::type).anyMatch(t -> t == TestType.CONTINUOUS)) {
            TopicSettings settings = project.defaults().effectiveTopic();
            topics.add(new TopicArtifact("_streamt_test_failures", settings.partitions(),
                    settings.replicationFactor(), settings.config(), null));
        }
        return topics;
    }
}
