package dev.streamt.deployer.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A change set as the planner published it (JSON of the contract, placeholders unresolved): what is applied. */
@Entity
@Table(name = "change_set")
public class ChangeSetEntity extends PanacheEntityBase {

    @Id
    @Column(length = 80)
    public String id;

    @Column(nullable = false, length = 200)
    public String project;

    @Column(nullable = false, length = 100)
    public String environment;

    @Column(name = "planned_at", nullable = false)
    public Instant plannedAt;

    @Column(name = "correlation_id", nullable = false, length = 200)
    public String correlationId;

    @Column(nullable = false, columnDefinition = "bytea")
    public byte[] body;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
