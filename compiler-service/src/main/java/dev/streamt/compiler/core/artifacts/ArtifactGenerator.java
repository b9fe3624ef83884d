package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ProjectPlan;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.compiler.core.sql.analysis.SqlProblem;
import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.FlinkJobArtifact;
import dev.streamt.contracts.manifest.Materialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns an analysed project into the artifacts the deployer applies (DSL.md, "What compile produces"): Kafka topics
 * ({@link TopicArtifacts}), Flink jobs of models ({@link ModelJobs}) and continuous tests ({@link TestJobs}), Kafka
 * Connect connectors ({@link ConnectorArtifacts}), gateway rules ({@link GatewayRules}) and registry schemas
 * ({@link SchemaArtifacts}).
 *
 * <p>Deterministic: the same plan gives equal artifacts; lists follow the plan's dependency order (models), then
 * declaration order (sources, tests). Linear in the size of the project: every model's table is computed once from
 * its inputs' ({@link TableCatalog}), and no upstream SQL is analysed again. Every generated Flink statement is checked
 * with Flink's parser ({@link StatementVerifier}); one that does not parse is a compiler bug and throws
 * {@link IllegalStateException}. Problems the generator alone can see (an unknown connector type, a masking rule it
 * cannot apply) are added to the findings.
 *
 * <p>Models whose SQL has errors (already reported) get no job. Thread-safe: stateless; each call works on its own
 * data (the findings must not be shared between concurrent calls).
 */
public final class ArtifactGenerator {

    private ArtifactGenerator() {
    }

    /**
     * The artifacts of a plan.
     *
     * @param plan the analysed project
     * @param findings where problems found while generating go
     * @return the artifacts
     * @throws IllegalStateException when a generated Flink statement does not parse (a compiler bug)
     */
    public static Artifacts generate(ProjectPlan plan, Findings findings) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(findings, "findings");
        ProjectDefinition project = plan.project();
        TableCatalog catalog = TableCatalog.build(plan, findings);
        boolean continuousTests = TestJobs.hasContinuousTests(project);
        List<FlinkJobArtifact> jobs = new ArrayList<>();
        for (ModelOutput output : catalog.outputs()) {
            if (runsAJob(output)) {
                jobs.add(ModelJobs.generate(output, project));
            }
        }
        jobs.addAll(TestJobs.generate(project, catalog));
        return new Artifacts(TopicArtifacts.generate(project, catalog, continuousTests), jobs,
                ConnectorArtifacts.generate(project, catalog, findings), GatewayRules.generate(catalog),
                SchemaArtifacts.generate(project, catalog));
    }

    /** Whether a model gets a job: {@code topic} / {@code flink}, with SQL that analysed cleanly into columns. */
    static boolean runsAJob(ModelOutput output) {
        Materialization materialized = output.plan().materialized();
        SqlAnalysis analysis = output.analysis();
        return (materialized == Materialization.TOPIC || materialized == Materialization.FLINK) && analysis != null
                && analysis.parsed() && (output.rawCopy() || !analysis.columns().isEmpty()) && output.table() != null
                && !output.inputs().isEmpty() && analysis.problems().stream().noneMatch(SqlProblem::isError);
    }
}
