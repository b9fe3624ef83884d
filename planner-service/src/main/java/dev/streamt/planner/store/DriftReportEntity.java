package dev.streamt.planner.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** The fingerprint of the drift last published for a project/env. */
@Entity
@Table(name = "drift_report")
@IdClass(ProjectEnvironmentId.class)
public class DriftReportEntity extends PanacheEntityBase {

    @Id
    @Column(length = 200)
    public String project;

    @Id
    @Column(length = 100)
    public String environment;

    @Column(nullable = false, length = 64)
    public String fingerprint;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;
}
