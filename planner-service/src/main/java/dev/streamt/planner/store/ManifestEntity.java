package dev.streamt.planner.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A manifest received from {@code ManifestCompiled}, kept whole as the contract's JSON. */
@Entity
@Table(name = "manifest")
public class ManifestEntity extends PanacheEntityBase {

    @Id
    @Column(length = 80)
    public String id;

    @Column(nullable = false, length = 200)
    public String project;

    @Column(nullable = false, length = 100)
    public String environment;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(nullable = false, columnDefinition = "bytea")
    public byte[] body;
}
