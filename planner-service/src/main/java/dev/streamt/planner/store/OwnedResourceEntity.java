package dev.streamt.planner.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;

/** A live resource a project/env created through streamt, with the state its last deployment step applied. */
@Entity
@Table(name = "owned_resource")
@IdClass(ResourceId.class)
public class OwnedResourceEntity extends PanacheEntityBase {

    @Id
    @Column(length = 30)
    public String target;

    @Id
    @Column(nullable = false, length = 1000)
    public String cluster;

    @Id
    @Column(length = 300)
    public String name;

    @Column(nullable = false, length = 200)
    public String project;

    @Column(nullable = false, length = 100)
    public String environment;

    @Column(name = "applied_state", columnDefinition = "bytea")
    public byte[] appliedState;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;
}
