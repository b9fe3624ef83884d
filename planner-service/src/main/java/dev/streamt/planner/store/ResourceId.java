package dev.streamt.planner.store;

import java.io.Serializable;
import java.util.Objects;

/** The key of an owned resource: its target (wire value), its cluster (see {@code ClusterKeys}) and name. */
public class ResourceId implements Serializable {

    private static final long serialVersionUID = 1L;

    public String target;
    public String cluster;
    public String name;

    public ResourceId() {
    }

    public ResourceId(String target, String cluster, String name) {
        this.target = target;
        this.cluster = cluster;
        this.name = name;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResourceId && Objects.equals(target, ((ResourceId) other).target)
                && Objects.equals(cluster, ((ResourceId) other).cluster)
                && Objects.equals(name, ((ResourceId) other).name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, cluster, name);
    }
}
