package dev.streamt.compiler.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.ForeignManifests;
import dev.streamt.compiler.core.ProjectPlanner;
import dev.streamt.compiler.core.artifacts.ArtifactGenerator;
import dev.streamt.compiler.core.jinja.JinjaRenderer;
import dev.streamt.compiler.core.plan.ProjectPlan;
import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.compiler.core.project.load.ProjectFiles;
import dev.streamt.compiler.core.project.load.ProjectLoader;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one shared fixture of the rule tests: reads a {@code stream_project.yml} text and runs the compiler's stages
 * before the rules on it ({@link ProjectLoader}, {@link ProjectPlanner}, {@link ArtifactGenerator}), then runs rules on
 * the result.
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

    /** The context of a project that must load, plan and generate its artifacts without errors. */
    static RuleContext context(String streamProject) {
        Findings planning = new Findings();
        RuleContext context = context(streamProject, planning);
        assertThat(planning.toDiagnostics().errors()).as("planner errors").isEmpty();
        return context;
    }

    /**
     * The context of a project that must load without diagnostics; what planning and artifact generation find goes to
     * {@code planning}.
     */
    static RuleContext context(String streamProject, Findings planning) {
        LoadResult loaded = new ProjectLoader().load(ProjectFiles.ofText(Map.of("stream_project.yml", streamProject)),
                null, Map.of());
        assertThat(loaded.diagnostics()).as("loader diagnostics").isEmpty();
        ProjectPlan plan = PLANNER.plan(loaded.project(), ForeignManifests.NONE, planning).orElseThrow();
        return new RuleContext(plan, ArtifactGenerator.generate(plan, planning));
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
}
