package dev.streamt.lineage.catalog;

import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.lineage.graph.FederatedGraph;
import dev.streamt.lineage.graph.FederatedGraphBuilder;
import dev.streamt.lineage.graph.GraphKey;
import dev.streamt.lineage.graph.ProjectGraph;
import dev.streamt.lineage.problem.LineageProblem;
import dev.streamt.lineage.query.ProjectView;
import dev.streamt.lineage.status.ArtifactState;
import dev.streamt.lineage.status.NodeStatus;
import dev.streamt.lineage.status.StatusResolver;
import dev.streamt.lineage.status.TestState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The in-memory index the queries run on: the latest graph of every project and environment, the environment-wide
 * joined graphs and the node statuses. Each entry carries the database revision it was loaded from, and an older
 * revision never replaces a newer one, so loads racing each other (startup, polling, after a commit) settle on the
 * database's latest state.
 *
 * <p>Thread-safety: writers are serialized on this object and publish a new immutable {@link Snapshot} through a
 * volatile field; readers never lock and see one consistent snapshot for a whole query.
 */
public final class LineageCatalog {

    /** A project's graph with the revision it was loaded from. */
    public record GraphEntry(ProjectGraph graph, long revision) {
    }

    /** The deployment and test outcomes of a project and environment with the revision they were loaded from. */
    public record StatusEntry(GraphKey key, List<ArtifactState> artifacts, List<TestState> tests, long revision) {
        public StatusEntry {
            artifacts = List.copyOf(artifacts);
            tests = List.copyOf(tests);
        }
    }

    private record Snapshot(Map<String, FederatedGraph> environments, Map<String, Map<NodeId, NodeStatus>> statuses,
            SortedMap<String, SortedSet<String>> projects) {
    }

    private final Map<GraphKey, GraphEntry> graphs = new HashMap<>();
    private final Map<GraphKey, StatusEntry> outcomes = new HashMap<>();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Collections.emptySortedMap());

    /**
     * Installs the graphs and status sets newer than what is held, then rebuilds each environment they touch once.
     *
     * @return how many graphs were installed
     */
    public synchronized int install(Collection<GraphEntry> newGraphs, Collection<StatusEntry> newStatuses) {
        Set<String> graphChanged = new HashSet<>();
        Set<String> statusChanged = new HashSet<>();
        int installed = 0;
        for (GraphEntry entry : newGraphs) {
            GraphKey key = entry.graph().key();
            GraphEntry current = graphs.get(key);
            if (current == null || entry.revision() > current.revision()) {
                graphs.put(key, entry);
                graphChanged.add(key.environment());
                installed++;
            }
        }
        for (StatusEntry entry : newStatuses) {
            StatusEntry current = outcomes.get(entry.key());
            if (current == null || entry.revision() > current.revision()) {
                outcomes.put(entry.key(), entry);
                statusChanged.add(entry.key().environment());
            }
        }
        publish(graphChanged, statusChanged);
        return installed;
    }

    /** The revision of the graph held for a key, or 0. */
    public synchronized long graphRevision(GraphKey key) {
        GraphEntry entry = graphs.get(key);
        return entry == null ? 0 : entry.revision();
    }

    /** The revision of the statuses held for a key, or 0. */
    public synchronized long statusRevision(GraphKey key) {
        StatusEntry entry = outcomes.get(key);
        return entry == null ? 0 : entry.revision();
    }

    /** Forgets everything (a restart of the service, in tests). */
    public synchronized void clear() {
        graphs.clear();
        outcomes.clear();
        snapshot = new Snapshot(Map.of(), Map.of(), Collections.emptySortedMap());
    }

    /** Every known project with its environments, by name. */
    public SortedMap<String, SortedSet<String>> projects() {
        return snapshot.projects();
    }

    /** The graph of an environment, if any project of it is known. */
    public FederatedGraph environment(String environment) {
        return snapshot.environments().get(environment);
    }

    /**
     * The view of a project for one query.
     *
     * @param environment the environment asked for, or null when the project has only one
     * @throws LineageProblem for an unknown project or environment, or a missing environment that is needed
     */
    public ProjectView view(String project, String environment) {
        Snapshot current = snapshot;
        SortedSet<String> environments = current.projects().get(project);
        if (environments == null) {
            throw LineageProblem.unknownProject(project, current.projects().keySet());
        }
        String env = environment == null || environment.isBlank() ? null : new GraphKey(project, environment).environment();
        if (env == null) {
            if (environments.size() > 1) {
                throw LineageProblem.environmentRequired(project, environments);
            }
            env = environments.first();
        } else if (!environments.contains(env)) {
            throw LineageProblem.unknownEnvironment(project, env, environments);
        }
        return new ProjectView(project, current.environments().get(env), current.statuses().get(env));
    }

    private void publish(Set<String> graphChanged, Set<String> statusChanged) {
        Set<String> touchedEnvironments = new HashSet<>(graphChanged);
        touchedEnvironments.addAll(statusChanged);
        if (touchedEnvironments.isEmpty()) {
            return;
        }
        Snapshot old = snapshot;
        Map<String, FederatedGraph> environments = new HashMap<>(old.environments());
        Map<String, Map<NodeId, NodeStatus>> statuses = new HashMap<>(old.statuses());
        for (String environment : touchedEnvironments) {
            List<ProjectGraph> members = new ArrayList<>();
            Map<NodeId, NodeStatus> envStatuses = new HashMap<>();
            for (GraphEntry entry : graphs.values()) {
                if (entry.graph().key().environment().equals(environment)) {
                    members.add(entry.graph());
                    StatusEntry outcome = outcomes.get(entry.graph().key());
                    if (outcome != null) {
                        envStatuses.putAll(StatusResolver.resolve(entry.graph(), outcome.artifacts(), outcome.tests()));
                    }
                }
            }
            if (members.isEmpty()) {
                continue;
            }
            // A status change alone keeps the joined graph: only a new manifest changes its shape.
            if (graphChanged.contains(environment) || !environments.containsKey(environment)) {
                environments.put(environment, FederatedGraphBuilder.build(environment, members));
            }
            statuses.put(environment, Collections.unmodifiableMap(envStatuses));
        }
        SortedMap<String, SortedSet<String>> projects = new TreeMap<>();
        for (GraphKey key : graphs.keySet()) {
            projects.computeIfAbsent(key.project(), p -> new TreeSet<>()).add(key.environment());
        }
        projects.replaceAll((p, envs) -> Collections.unmodifiableSortedSet(envs));
        snapshot = new Snapshot(Map.copyOf(environments), Map.copyOf(statuses), Collections.unmodifiableSortedMap(projects));
    }
}
