package dev.streamt.lineage.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A row of {@code artifact_status}: the last deployment outcome of one artifact. */
@Entity
@Table(name = "artifact_status")
public class ArtifactStatusEntity extends StatusOutcome {

    /** Project, environment, target and artifact name. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "project", nullable = false)
        public String project;

        @Column(name = "environment", nullable = false)
        public String environment;

        @Column(name = "target", nullable = false)
        public String target;

        @Column(name = "name", nullable = false)
        public String name;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(project, k.project) && Objects.equals(environment, k.environment)
                    && Objects.equals(target, k.target) && Objects.equals(name, k.name);
        }

        @Override
        public int hashCode() {
            return Objects.hash(project, environment, target, name);
        }
    }

    @EmbeddedId
    public Key id;

    @Column(name = "deployment_id", nullable = false)
    public String deploymentId;
}
