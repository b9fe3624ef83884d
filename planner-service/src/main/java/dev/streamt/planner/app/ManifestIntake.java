package dev.streamt.planner.app;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.planner.core.Owner;
import dev.streamt.planner.store.ManifestStore;
import dev.streamt.runtime.inbox.DeferredCommands;
import dev.streamt.runtime.inbox.HandlerOutcome;
import dev.streamt.runtime.manifest.ManifestReferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Keeps every compiled manifest (so later plans by id or project/env work from the planner's store; a manifest sent by
 * reference is fetched from the compiler first) and, where auto-plan is on for the environment, queues its plan with
 * the event's correlation id. The plan runs off the consumer's thread ({@link PlanWorkers}): storing a manifest never
 * waits for a cluster. Plan commands waiting for this manifest are woken. Runs inside the inbox transaction.
 */
@ApplicationScoped
public class ManifestIntake {

    @Inject
    ManifestStore manifests;

    @Inject
    PlanWorkers workers;

    @Inject
    ManifestReferences references;

    @Inject
    DeferredCommands deferred;

    @Inject
    PlannerConfig config;

    /** Handles one event of {@code consumer} (whose deferred events come back here). */
    public HandlerOutcome onEvent(String consumer, CloudEvent<?> event) {
        if (event.type() != EventType.MANIFEST_COMPILED) {
            return HandlerOutcome.IGNORED;
        }
        Optional<Manifest> fetched = references.manifestOrDefer(consumer, event, event.dataAs(ManifestCompiled.class));
        if (fetched.isEmpty()) {
            return HandlerOutcome.DEFERRED;
        }
        Manifest manifest = fetched.get();
        manifests.record(manifest, java.time.Instant.now());
        deferred.arrived();
        Owner owner = Owner.of(manifest.projectName(), manifest.environment());
        if (config.autoPlan().appliesTo(owner.environment())) {
            workers.enqueue(owner, manifest.id(), event.correlationid(), event.id());
        }
        return HandlerOutcome.PROCESSED;
    }
}
