package dev.streamt.lineage.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A row of {@code test_status}: the last outcome of one test. */
@Entity
@Table(name = "test_status")
public class TestStatusEntity extends StatusOutcome {

    /** Project, environment and test name. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "project", nullable = false)
        public String project;

        @Column(name = "environment", nullable = false)
        public String environment;

        @Column(name = "test_name", nullable = false)
        public String testName;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(project, k.project) && Objects.equals(environment, k.environment)
                    && Objects.equals(testName, k.testName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(project, environment, testName);
        }
    }

    @EmbeddedId
    public Key id;

    @Column(name = "run_id", nullable = false)
    public String runId;
}
