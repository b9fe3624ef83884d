package dev.streamt.compiler.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One successful compile of a project and environment, pointing at the manifest it produced. */
@Entity
@Table(name = "manifest_history")
public class ManifestHistoryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "manifest_id", nullable = false, length = 80)
    public String manifestId;

    @Column(nullable = false, length = 200)
    public String project;

    @Column(nullable = false, length = 100)
    public String environment;

    @Column(name = "compiled_at", nullable = false)
    public Instant compiledAt;

    @Column(name = "correlation_id", length = 200)
    public String correlationId;

    @Column(name = "requested_by", length = 200)
    public String requestedBy;
}
