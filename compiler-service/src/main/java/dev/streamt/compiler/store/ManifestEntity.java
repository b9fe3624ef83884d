package dev.streamt.compiler.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A manifest, stored once by its content id; its JSON is the contract's, byte for byte. */
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

    @Column(nullable = false, columnDefinition = "bytea")
    public byte[] body;

    @Column(name = "stored_at", nullable = false)
    public Instant storedAt;
}
