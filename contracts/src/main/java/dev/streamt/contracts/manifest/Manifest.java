package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A compiled project for one environment: the immutable, deterministic result of compilation that every other service
 * works from. Identified by {@code id} = {@code sha256:<hex>} of its canonical form without {@code compiled_at}, so the
 * same input gives the same id. Lists the {@code required_variables} ({@code ${VAR}} placeholders kept unresolved), the
 * declared {@code sources}, {@code models}, {@code tests} and {@code exposures}, the {@code dag}, and the
 * {@code artifacts} to deploy, the {@code runtime} systems they go to and the environment's {@code safety}.
 * {@code environment} is {@code null} for a project without environments.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Manifest(
        String apiVersion,
        String id,
        ProjectInfo project,
        @Nullable String environment,
        Instant compiledAt,
        List<String> requiredVariables,
        List<Source> sources,
        List<Model> models,
        List<TestDefinition> tests,
        List<Exposure> exposures,
        Dag dag,
        Artifacts artifacts,
        RuntimeTargets runtime,
        EnvironmentSafety safety) {

    /** The {@code api_version} of manifests written by this contract. */
    public static final String API_VERSION = "streamt.dev/v1";

    /** The JSON Schema (ECMA-262) pattern of a manifest id. */
    public static final String ID_PATTERN = "^sha256:[0-9a-f]{64}$";

    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    public Manifest {
        Require.nonBlank(apiVersion, "api_version");
        Require.nonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be sha256:<64 lowercase hex digits>, got '" + id + "'");
        }
        Require.nonNull(project, "project");
        Require.nullOrNonBlank(environment, "environment");
        Require.nonNull(compiledAt, "compiled_at");
        requiredVariables = Require.names(requiredVariables, "required_variables");
        sources = unique(Require.list(sources, "sources"), Source::name, "source");
        models = unique(Require.list(models, "models"), Model::name, "model");
        tests = unique(Require.list(tests, "tests"), TestDefinition::name, "test");
        exposures = unique(Require.list(exposures, "exposures"), Exposure::name, "exposure");
        dag = dag == null ? Dag.EMPTY : dag;
        artifacts = artifacts == null ? Artifacts.EMPTY : artifacts;
        runtime = runtime == null ? RuntimeTargets.NONE : runtime;
        safety = safety == null ? EnvironmentSafety.UNPROTECTED : safety;
    }

    /** A manifest without declared runtime targets, for an unprotected environment. */
    public Manifest(String apiVersion, String id, ProjectInfo project, String environment, Instant compiledAt,
            List<String> requiredVariables, List<Source> sources, List<Model> models, List<TestDefinition> tests,
            List<Exposure> exposures, Dag dag, Artifacts artifacts) {
        this(apiVersion, id, project, environment, compiledAt, requiredVariables, sources, models, tests, exposures,
                dag, artifacts, null, null);
    }

    /** This manifest with another id and compile time (the rest unchanged). */
    public Manifest withIdentity(String newId, Instant newCompiledAt) {
        return new Manifest(apiVersion, newId, project, environment, newCompiledAt, requiredVariables, sources, models,
                tests, exposures, dag, artifacts, runtime, safety);
    }

    /** The project name (the first part of every Kafka key about this manifest). */
    public String projectName() {
        return project.name();
    }

    /** The source with this name, if declared. */
    public Optional<Source> source(String name) {
        return sources.stream().filter(source -> source.name().equals(name)).findFirst();
    }

    /** The model with this name, if declared. */
    public Optional<Model> model(String name) {
        return models.stream().filter(model -> model.name().equals(name)).findFirst();
    }

    /** The test with this name, if declared. */
    public Optional<TestDefinition> test(String name) {
        return tests.stream().filter(test -> test.name().equals(name)).findFirst();
    }

    /** The exposure with this name, if declared. */
    public Optional<Exposure> exposure(String name) {
        return exposures.stream().filter(exposure -> exposure.name().equals(name)).findFirst();
    }

    private static <T> List<T> unique(List<T> items, Function<T, String> name, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(name.apply(item))) {
                throw new IllegalArgumentException("duplicate " + what + " '" + name.apply(item) + "'");
            }
        }
        return items;
    }
}
