package dev.streamt.planner.app;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.planner.core.Owner;
import dev.streamt.planner.store.ManifestStore;
import dev.streamt.runtime.inbox.HandlerOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Keeps every compiled manifest (so later plans by id or project/env work from the planner's store) and, where
 * auto-plan is on for the environment, plans it at once with the event's correlation id. A plan that cannot read the
 * live system publishes {@code PlanFailed}; the manifest is kept either way. Runs inside the inbox transaction.
 */
@ApplicationScoped
public class ManifestIntake {

    @Inject
    ManifestStore manifests;

    @Inject
    PlanningService planning;

    @Inject
    PlannerConfig config;

    public HandlerOutcome onEvent(CloudEvent<?> event) {
        if (event.type() != EventType.MANIFEST_COMPILED) {
            return HandlerOutcome.IGNORED;
        }
        Manifest manifest = event.dataAs(ManifestCompiled.class).manifest();
        manifests.record(manifest, java.time.Instant.now());
        Owner owner = Owner.of(manifest.projectName(), manifest.environment());
        if (config.autoPlan().appliesTo(owner.environment())) {
            try {
                planning.plan(manifest, event.correlationid(), event);
            } catch (PlanFailure failure) {
                planning.publishFailure(failure, event.subject(), event.correlationid(), event);
            }
        }
        return HandlerOutcome.PROCESSED;
    }
}
