package dev.streamt.compiler.core.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.ForeignManifests;
import dev.streamt.compiler.core.ProjectPlanner;
import dev.streamt.compiler.core.jinja.JinjaRenderer;
import dev.streamt.compiler.core.plan.ProjectPlan;
import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.compiler.core.project.load.ProjectFiles;
import dev.streamt.compiler.core.project.load.ProjectLoader;
import dev.streamt.compiler.core.sql.parse.FlinkStatementCheck;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.FlinkJobArtifact;
import java.util.List;
import java.util.Map;

/** Builds plans from project text with the real loader and planner, and checks generated jobs, for these tests. */
final class Plans {

    /** A project with Kafka and a Flink cluster. */
    static final String FLINK = """
            project: {name: shop, version: 1.0.0}
            runtime:
              kafka: {bootstrap_servers: 'localhost:9092'}
              flink:
                default: local
                clusters:
                  local: {type: rest, rest_url: 'http://localhost:8081', sql_gateway_url: 'http://localhost:8083'}
            """;

    private static final JinjaRenderer RENDERER = new JinjaRenderer();

    private Plans() {
    }

    /** The plan of a project that loads without diagnostics. */
    static ProjectPlan plan(String yaml) {
        LoadResult load = new ProjectLoader().load(ProjectFiles.ofText(Map.of("stream_project.yml", yaml)), null,
                Map.of());
        assertThat(load.diagnostics()).as("load diagnostics").isEmpty();
        Findings findings = new Findings();
        ProjectPlan plan = new ProjectPlanner(RENDERER).plan(load.project(), ForeignManifests.NONE, findings)
                .orElseThrow();
        assertThat(findings.toDiagnostics().errors()).as("planning errors").isEmpty();
        return plan;
    }

    /** The artifacts of a project, asserting that generation reports no error and every statement parses. */
    static Artifacts generate(String yaml) {
        Findings findings = new Findings();
        Artifacts artifacts = ArtifactGenerator.generate(plan(yaml), findings);
        assertThat(findings.toDiagnostics().errors()).as("generation errors").isEmpty();
        assertAllParse(artifacts);
        return artifacts;
    }

    /** The warnings generation adds. */
    static List<Diagnostic> warnings(String yaml) {
        Findings findings = new Findings();
        assertAllParse(ArtifactGenerator.generate(plan(yaml), findings));
        return findings.toDiagnostics().warnings();
    }

    /** Every statement of every job parses with Flink's parser (fully, not by shape), and the script holds them. */
    static void assertAllParse(Artifacts artifacts) {
        for (FlinkJobArtifact job : artifacts.flinkJobs()) {
            for (String statement : job.statements()) {
                assertThat(FlinkStatementCheck.check(statement)).as("%s: %s", job.name(), statement).isEmpty();
                assertThat(job.sql()).contains(statement);
            }
        }
    }

    /** The job of that name. */
    static FlinkJobArtifact job(Artifacts artifacts, String name) {
        return artifacts.flinkJobs().stream().filter(j -> j.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no job " + name + " in " + artifacts.flinkJobs().stream()
                        .map(FlinkJobArtifact::name).toList()));
    }

    /** The job's SQL as the acceptance checks compare it: no whitespace, no backticks, lower case. */
    static String normalized(String sql) {
        return sql.replaceAll("\\s+", "").replace("`", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The statement of a job starting with {@code prefix} that contains {@code text}. */
    static String statement(FlinkJobArtifact job, String prefix, String text) {
        return job.statements().stream().filter(s -> s.startsWith(prefix) && s.contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + prefix + " with " + text + " in " + job.statements()));
    }
}
