package dev.streamt.lineage.store;

import dev.streamt.lineage.graph.GraphKey;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** The primary key of the per-project tables: project and environment. */
@Embeddable
public class GraphId implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "project", nullable = false, length = 200)
    public String project;

    @Column(name = "environment", nullable = false, length = 100)
    public String environment;

    public GraphId() {
    }

    public GraphId(GraphKey key) {
        this.project = key.project();
        this.environment = key.environment();
    }

    public GraphKey key() {
        return new GraphKey(project, environment);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GraphId other && Objects.equals(project, other.project)
                && Objects.equals(environment, other.environment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(project, environment);
    }
}
