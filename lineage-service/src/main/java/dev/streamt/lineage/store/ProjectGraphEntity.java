package dev.streamt.lineage.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of {@code project_graph}: the latest manifest of a project and environment (gzip JSON) and its revision. */
@Entity
@Table(name = "project_graph")
public class ProjectGraphEntity extends PanacheEntityBase {

    @EmbeddedId
    public GraphId id;

    @Column(name = "manifest_id", nullable = false)
    public String manifestId;

    @Column(name = "compiled_at", nullable = false)
    public Instant compiledAt;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_time", nullable = false)
    public Instant eventTime;

    @Column(name = "manifest", nullable = false)
    public byte[] manifest;

    @Column(name = "revision", nullable = false)
    public long revision;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
