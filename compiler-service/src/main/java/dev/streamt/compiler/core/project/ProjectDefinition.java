package dev.streamt.compiler.core.project;

import dev.streamt.compiler.core.project.policy.Rules;
import dev.streamt.compiler.core.project.runtime.RuntimeConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A project as read from its files: the {@code project} block, the chosen {@code environment} (null when the project
 * has none), the effective {@code vars} (project, then environment, then the request's overrides; sorted by name;
 * values are plain Java values and may be null), the {@code runtime} (environment merged in), {@code defaults},
 * {@code rules}, the definitions in declaration order ({@code stream_project.yml} first, then the files under
 * {@code sources/}, {@code models/}, {@code tests/}, {@code exposures/} in path order), and the sorted names of the
 * {@code ${VAR}} placeholders used anywhere ({@code required_variables}). Names are unique per kind; lookups by name
 * are constant time. Immutable.
 */
public final class ProjectDefinition implements Located {

    private final ProjectInfo project;
    private final EnvironmentDefinition environment;
    private final Map<String, Object> vars;
    private final RuntimeConfig runtime;
    private final Defaults defaults;
    private final Rules rules;
    private final Map<String, SourceDefinition> sources;
    private final List<SourceDefinition> sourcesList;
    private final Map<String, ModelDefinition> models;
    private final List<ModelDefinition> modelsList;
    private final Map<String, TestDefinition> tests;
    private final List<TestDefinition> testsList;
    private final Map<String, ExposureDefinition> exposures;
    private final List<ExposureDefinition> exposuresList;
    private final List<String> requiredVariables;
    private final Positions positions;

    public ProjectDefinition(ProjectInfo project, EnvironmentDefinition environment, Map<String, Object> vars,
            RuntimeConfig runtime, Defaults defaults, Rules rules, List<SourceDefinition> sources,
            List<ModelDefinition> models, List<TestDefinition> tests, List<ExposureDefinition> exposures,
            List<String> requiredVariables, Positions positions) {
        this.project = Objects.requireNonNull(project, "project");
        this.environment = environment;
        this.vars = Collections.unmodifiableMap(new TreeMap<>(vars == null ? Map.of() : vars));
        this.runtime = Objects.requireNonNull(runtime, "runtime");
        this.defaults = Objects.requireNonNull(defaults, "defaults");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.sourcesList = Immutable.list(sources);
        this.sources = index(this.sourcesList, SourceDefinition::name, "source");
        this.modelsList = Immutable.list(models);
        this.models = index(this.modelsList, ModelDefinition::name, "model");
        this.testsList = Immutable.list(tests);
        this.tests = index(this.testsList, TestDefinition::name, "test");
        this.exposuresList = Immutable.list(exposures);
        this.exposures = index(this.exposuresList, ExposureDefinition::name, "exposure");
        this.requiredVariables = List.copyOf(new java.util.TreeSet<>(Immutable.list(requiredVariables)));
        this.positions = Objects.requireNonNull(positions, "positions");
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> name, String kind) {
        Map<String, T> byName = new LinkedHashMap<>();
        for (T value : Immutable.list(values)) {
            if (byName.put(name.apply(value), value) != null) {
                throw new IllegalArgumentException("duplicate " + kind + " '" + name.apply(value) + "'");
            }
        }
        return Collections.unmodifiableMap(byName);
    }

    public ProjectInfo project() {
        return project;
    }

    /** The environment compiled for, or null for a project without environments. */
    public EnvironmentDefinition environment() {
        return environment;
    }

    /** The name of the environment, or null. */
    public String environmentName() {
        return environment == null ? null : environment.name();
    }

    public Map<String, Object> vars() {
        return vars;
    }

    public RuntimeConfig runtime() {
        return runtime;
    }

    public Defaults defaults() {
        return defaults;
    }

    public Rules rules() {
        return rules;
    }

    public List<SourceDefinition> sources() {
        return sourcesList;
    }

    public List<ModelDefinition> models() {
        return modelsList;
    }

    public List<TestDefinition> tests() {
        return testsList;
    }

    public List<ExposureDefinition> exposures() {
        return exposuresList;
    }

    public Optional<SourceDefinition> source(String name) {
        return Optional.ofNullable(sources.get(name));
    }

    public Optional<ModelDefinition> model(String name) {
        return Optional.ofNullable(models.get(name));
    }

    public Optional<TestDefinition> test(String name) {
        return Optional.ofNullable(tests.get(name));
    }

    public Optional<ExposureDefinition> exposure(String name) {
        return Optional.ofNullable(exposures.get(name));
    }

    /** Source names in declaration order (for "Did you mean"). */
    public Set<String> sourceNames() {
        return sources.keySet();
    }

    /** Model names in declaration order (for "Did you mean"). */
    public Set<String> modelNames() {
        return models.keySet();
    }

    /** The {@code ${VAR}} names used by the values of the project, sorted. */
    public List<String> requiredVariables() {
        return requiredVariables;
    }

    /** Top-level positions of {@code stream_project.yml} ({@code project}, {@code runtime}, {@code vars.<name>}, ...). */
    @Override
    public Positions positions() {
        return positions;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectDefinition that && project.equals(that.project)
                && Objects.equals(environment, that.environment) && vars.equals(that.vars)
                && runtime.equals(that.runtime) && defaults.equals(that.defaults) && rules.equals(that.rules)
                && sources.equals(that.sources) && models.equals(that.models) && tests.equals(that.tests)
                && exposures.equals(that.exposures) && requiredVariables.equals(that.requiredVariables)
                && positions.equals(that.positions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(project, environment, vars, runtime, defaults, rules, sources, models, tests, exposures,
                requiredVariables);
    }

    @Override
    public String toString() {
        return "ProjectDefinition[" + project.name() + (environment == null ? "" : "@" + environment.name()) + ": "
                + sources.size() + " sources, " + models.size() + " models, " + tests.size() + " tests, "
                + exposures.size() + " exposures]";
    }
}
