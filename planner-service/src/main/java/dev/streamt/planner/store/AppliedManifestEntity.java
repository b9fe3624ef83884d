package dev.streamt.planner.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** The manifest whose deployment last succeeded in a project/env. */
@Entity
@Table(name = "applied_manifest")
@IdClass(ProjectEnvironmentId.class)
public class AppliedManifestEntity extends PanacheEntityBase {

    @Id
    @Column(length = 200)
    public String project;

    @Id
    @Column(length = 100)
    public String environment;

    @Column(name = "manifest_id", nullable = false, length = 80)
    public String manifestId;

    @Column(name = "changeset_id", nullable = false, length = 80)
    public String changesetId;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;
}
