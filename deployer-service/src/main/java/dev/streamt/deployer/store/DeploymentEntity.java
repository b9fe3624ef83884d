package dev.streamt.deployer.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One apply of a change set: the audit record, and the state a restarted deployer resumes from. */
@Entity
@Table(name = "deployment")
public class DeploymentEntity extends PanacheEntityBase {

    @Id
    @Column(length = 80)
    public String id;

    @Column(name = "changeset_id", nullable = false, length = 80)
    public String changesetId;

    @Column(nullable = false, length = 200)
    public String project;

    @Column(nullable = false, length = 100)
    public String environment;

    @Column(nullable = false, length = 20)
    public String status;

    @Column(name = "approve_destructive", nullable = false)
    public boolean approveDestructive;

    @Column(name = "approved_by", length = 200)
    public String approvedBy;

    @Column(name = "correlation_id", nullable = false, length = 200)
    public String correlationId;

    @Column(name = "cause_id", length = 200)
    public String causeId;

    @Column(columnDefinition = "text")
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "finished_at")
    public Instant finishedAt;
}
