package dev.streamt.lineage.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A row of {@code status_revision}: bumped whenever a deployment or test outcome of the project changes. */
@Entity
@Table(name = "status_revision")
public class StatusRevisionEntity extends PanacheEntityBase {

    @EmbeddedId
    public GraphId id;

    @Column(name = "revision", nullable = false)
    public long revision;
}
