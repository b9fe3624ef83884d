package dev.streamt.compiler.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.ForeignManifests;
import dev.streamt.compiler.core.ProjectPlanner;
import dev.streamt.compiler.core.jinja.JinjaRenderer;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.plan.ProjectPlan;
import dev.streamt.compiler.core.project.LoadResult;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.ProjectFiles;
import dev.streamt.compiler.core.project.ProjectLoader;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.compiler.core.project.TopicSettings;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.TopicArtifact;
import dev.streamt.contracts.testing.TestType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one shared fixture of the rule tests: reads a {@code stream_project.yml} text, plans it with the compiler's
 * {@link ProjectPlanner}, makes the topic artifacts (a topic per {@code topic} / {@code flink} model with its settings
 * over the defaults, and the test failure topic when there is a continuous test), then runs rules on it.
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

    private static final ProjectPlanner PLANNER = new ProjectPlanner(new JinjaRenderer());

    private RuleFixture() {
    }

    /** The context of a project that must load and plan without errors. */
    static RuleContext context(String streamProject) {
        Findings planning = new Findings();
        RuleContext context = context(streamProject, planning);
        assertThat(planning.toDiagnostics().errors()).as("planner errors").isEmpty();
        return context;
    }

    /** The context of a project that must load without diagnostics; what planning finds goes to {@code planning}. */
    static RuleContext context(String streamProject, Findings planning) {
        LoadResult loaded = new ProjectLoader().load(ProjectFiles.ofText(Map.of("stream_project.yml", streamProject)),
                null, Map.of());
        assertThat(loaded.diagnostics()).as("loader diagnostics").isEmpty();
        ProjectPlan plan = PLANNER.plan(loaded.project(), ForeignManifests.NONE, planning).orElseThrow();
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

    /** The 1-based column of {@code needle} in the first line of {@code text} containing it. */
    static int columnOf(String text, String needle) {
        return text.split("\n", -1)[lineOf(text, needle) - 1].indexOf(needle) + 1;
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
