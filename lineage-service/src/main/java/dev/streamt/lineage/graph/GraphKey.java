package dev.streamt.lineage.graph;

import dev.streamt.contracts.events.Subject;

/**
 * A project in an environment: the unit whose latest graph the service keeps. A project without environments uses
 * {@value Subject#DEFAULT_ENVIRONMENT}, as in the Kafka key, so the two spellings never make two graphs.
 */
public record GraphKey(String project, String environment) implements Comparable<GraphKey> {

    public GraphKey {
        if (project == null || project.isBlank()) {
            throw new IllegalArgumentException("project must not be blank");
        }
        environment = environment == null || environment.isBlank() ? Subject.DEFAULT_ENVIRONMENT : environment;
    }

    /** The key of an event's subject. */
    public static GraphKey of(Subject subject) {
        return new GraphKey(subject.project(), subject.environmentOrDefault());
    }

    @Override
    public int compareTo(GraphKey other) {
        int byProject = project.compareTo(other.project);
        return byProject != 0 ? byProject : environment.compareTo(other.environment);
    }

    @Override
    public String toString() {
        return project + "/" + environment;
    }
}
