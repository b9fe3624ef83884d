package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.project.FlinkSettings;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.compiler.core.project.runtime.FlinkRuntime;
import dev.streamt.contracts.manifest.FlinkJobArtifact;
import dev.streamt.contracts.manifest.NodeId;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime settings of one Flink job and the {@code SET} statements that carry them (Flink 2.x option names):
 * {@code pipeline.name} (the job's name, how the deployer finds it), {@code parallelism.default},
 * {@code execution.checkpointing.interval} (60 s when not set: checkpoints carry offsets and state, and flush the
 * at-least-once Kafka sink), {@code execution.checkpointing.timeout}, {@code state.backend.type},
 * {@code table.exec.state.ttl}, {@code restart-strategy.type}; for jobs with watermarks
 * {@code table.exec.source.idle-timeout} (30 s, so an idle partition does not hold windows back forever); for jobs
 * writing an upsert topic {@code table.exec.sink.not-null-enforcer = DROP} (a row whose primary key is null cannot be
 * upserted; dropping it keeps the job running). Immutable.
 *
 * @param cluster the target Flink cluster: the model's {@code flink.cluster} (a test's {@code flink_cluster}), else
 *     {@code defaults.models.cluster} ({@code defaults.tests.flink_cluster}), else {@code runtime.flink.default} (or
 *     the only cluster); null when none is configured
 */
record JobSettings(String cluster, Integer parallelism, long checkpointIntervalMs, Long checkpointTimeoutMs,
        String stateBackend, Long stateTtlMs, String restartStrategy) {

    JobSettings {
        if (parallelism != null && parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, got " + parallelism);
        }
        if (checkpointIntervalMs < 1) {
            throw new IllegalArgumentException("checkpoint interval must be positive, got " + checkpointIntervalMs);
        }
        if (stateTtlMs != null && stateTtlMs < 0) {
            throw new IllegalArgumentException("state TTL must not be negative, got " + stateTtlMs);
        }
    }

    /** The checkpoint interval of a job that sets none. */
    static final long DEFAULT_CHECKPOINT_INTERVAL_MS = 60_000L;

    /** How long a source partition may stay silent before watermarks move on without it. */
    static final long IDLE_TIMEOUT_MS = 30_000L;

    /** The settings of a model's job. */
    static JobSettings forModel(ProjectDefinition project, ModelDefinition model) {
        FlinkSettings flink = model.flink();
        String cluster = flink != null && flink.cluster() != null ? flink.cluster()
                : project.defaults().modelsCluster() != null ? project.defaults().modelsCluster()
                : defaultCluster(project.runtime().flink());
        if (flink == null) {
            return new JobSettings(cluster, null, DEFAULT_CHECKPOINT_INTERVAL_MS, null, null, null, null);
        }
        Long ttl = flink.stateTtlMs() != null && flink.stateTtlMs() >= 0 ? flink.stateTtlMs() : null;
        long interval = flink.checkpointIntervalMs() != null && flink.checkpointIntervalMs() > 0
                ? flink.checkpointIntervalMs() : DEFAULT_CHECKPOINT_INTERVAL_MS;
        Long timeout = flink.checkpointTimeoutMs() != null && flink.checkpointTimeoutMs() > 0
                ? flink.checkpointTimeoutMs() : null;
        Integer parallelism = flink.parallelism() != null && flink.parallelism() > 0 ? flink.parallelism() : null;
        return new JobSettings(cluster, parallelism, interval, timeout,
                flink.stateBackend() == null ? null : flink.stateBackend().wireValue(), ttl, flink.restartStrategy());
    }

    /** The settings of a continuous test's job. */
    static JobSettings forTest(ProjectDefinition project, TestDefinition test) {
        String cluster = test.flinkCluster() != null ? test.flinkCluster()
                : project.defaults().testsFlinkCluster() != null ? project.defaults().testsFlinkCluster()
                : defaultCluster(project.runtime().flink());
        return new JobSettings(cluster, null, DEFAULT_CHECKPOINT_INTERVAL_MS, null, null, null, null);
    }

    private static String defaultCluster(FlinkRuntime flink) {
        if (flink == null) {
            return null;
        }
        if (flink.defaultCluster() != null) {
            return flink.defaultCluster();
        }
        return flink.effectiveDefault().map(c -> c.name()).orElse(null);
    }

    /** The SET statements of the job. */
    List<String> statements(String jobName, boolean watermarks, boolean upsertSink) {
        List<String> sets = new ArrayList<>(9);
        sets.add(Sql.set("pipeline.name", jobName));
        if (parallelism != null) {
            sets.add(Sql.set("parallelism.default", parallelism.toString()));
        }
        sets.add(Sql.set("execution.checkpointing.interval", Sql.millis(checkpointIntervalMs)));
        if (checkpointTimeoutMs != null) {
            sets.add(Sql.set("execution.checkpointing.timeout", Sql.millis(checkpointTimeoutMs)));
        }
        if (stateBackend != null) {
            sets.add(Sql.set("state.backend.type", stateBackend));
        }
        if (stateTtlMs != null) {
            sets.add(Sql.set("table.exec.state.ttl", Sql.millis(stateTtlMs)));
        }
        if (restartStrategy != null) {
            sets.add(Sql.set("restart-strategy.type", restartStrategy));
        }
        if (watermarks) {
            sets.add(Sql.set("table.exec.source.idle-timeout", Sql.millis(IDLE_TIMEOUT_MS)));
        }
        if (upsertSink) {
            sets.add(Sql.set("table.exec.sink.not-null-enforcer", "DROP"));
        }
        return sets;
    }

    /**
     * The job artifact: its statements verified ({@link StatementVerifier}), joined into one script.
     *
     * @param embeddedQuery a query the statements embed verbatim that the analyzer parsed already, or null
     */
    FlinkJobArtifact artifact(String name, List<String> statements, String embeddedQuery, NodeId owner) {
        for (String statement : statements) {
            StatementVerifier.verify(statement, embeddedQuery);
        }
        return new FlinkJobArtifact(name, script(statements), statements, cluster, parallelism, checkpointIntervalMs,
                stateBackend, stateTtlMs, owner);
    }

    /**
     * The statements as one script, each ended by {@code ;}; the {@code ;} goes on a line of its own after a statement
     * whose last line has a {@code --} comment (a model's query may end with one), which would otherwise swallow it.
     */
    static String script(List<String> statements) {
        StringBuilder out = new StringBuilder(statements.size() * 200);
        for (String statement : statements) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(statement);
            int lastLine = statement.lastIndexOf('\n') + 1;
            out.append(statement.indexOf("--", lastLine) >= 0 ? "\n;\n" : ";\n");
        }
        return out.toString();
    }

    /** The consumer group of a job's sources: one per project, environment and job, stable across compiles. */
    static String groupId(ProjectDefinition project, String jobName) {
        String environment = project.environmentName();
        return "streamt." + project.project().name() + (environment == null ? "" : "." + environment) + "." + jobName;
    }
}
