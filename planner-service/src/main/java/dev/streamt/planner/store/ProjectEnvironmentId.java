package dev.streamt.planner.store;

import java.io.Serializable;
import java.util.Objects;

/** The key of a row per project and environment. */
public class ProjectEnvironmentId implements Serializable {

    private static final long serialVersionUID = 1L;

    public String project;
    public String environment;

    public ProjectEnvironmentId() {
    }

    public ProjectEnvironmentId(String project, String environment) {
        this.project = project;
        this.environment = environment;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectEnvironmentId && Objects.equals(project, ((ProjectEnvironmentId) other).project)
                && Objects.equals(environment, ((ProjectEnvironmentId) other).environment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(project, environment);
    }
}
