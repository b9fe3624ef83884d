package dev.streamt.planner.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A planned change set, kept whole as the contract's JSON. */
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

    @Column(name = "manifest_id", nullable = false, length = 80)
    public String manifestId;

    @Column(name = "base_manifest_id", length = 80)
    public String baseManifestId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(nullable = false, columnDefinition = "bytea")
    public byte[] body;
}
