package dev.streamt.planner.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A plan waiting to run (see {@link PlanQueue}). */
@Entity
@Table(name = "plan_queue")
public class QueuedPlanEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(nullable = false, length = 200)
    public String project;

    @Column(nullable = false, length = 100)
    public String environment;

    @Column(name = "manifest_id", nullable = false, length = 80)
    public String manifestId;

    @Column(name = "correlation_id", nullable = false, length = 300)
    public String correlationId;

    @Column(name = "causation_id", length = 300)
    public String causationId;

    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;
}
