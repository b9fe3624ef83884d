package dev.streamt.deployer.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One step of a deployment at its position in the execution order. */
@Entity
@Table(name = "deployment_step")
@IdClass(DeploymentStepEntity.Key.class)
public class DeploymentStepEntity extends PanacheEntityBase {

    @Id
    @Column(name = "deployment_id", length = 80)
    public String deploymentId;

    @Id
    @Column(name = "position")
    public int position;

    @Column(name = "change_id", nullable = false, length = 400)
    public String changeId;

    @Column(nullable = false, length = 30)
    public String target;

    @Column(nullable = false, length = 300)
    public String name;

    @Column(nullable = false, length = 20)
    public String action;

    @Column(nullable = false, length = 20)
    public String status;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(columnDefinition = "text")
    public String error;

    /** The primary key: deployment and position. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        public String deploymentId;
        public int position;

        public Key() {
        }

        public Key(String deploymentId, int position) {
            this.deploymentId = deploymentId;
            this.position = position;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.position == position && Objects.equals(key.deploymentId, deploymentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(deploymentId, position);
        }
    }
}
