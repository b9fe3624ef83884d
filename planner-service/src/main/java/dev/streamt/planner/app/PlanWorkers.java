package dev.streamt.planner.app;

import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.planner.core.Owner;
import dev.streamt.planner.store.ManifestStore;
import dev.streamt.planner.store.PlanQueue;
import dev.streamt.runtime.tx.AfterCommit;
import dev.streamt.runtime.work.KeyedDrains;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Runs the queued plans ({@link PlanQueue}) off the Kafka consumers' threads: the consumer of manifests stores a
 * manifest and queues its auto-plan, the consumer of plan commands queues the plan, and both return at once. Plans of
 * one project/environment run one after another in the order they were queued; plans of different projects run
 * concurrently, at most {@code streamt.planner.plans.concurrency} at once. A project whose cluster does not answer costs
 * one timeout, then its cluster's circuit fails the next plans at once, and it never holds up another project's plan.
 * Each plan's change set (or {@code PlanFailed}) commits with the removal of its queue row: made once, even across a
 * restart, which drains what was left queued.
 *
 * <p>Lifecycle: started on application start (after the database migrations), stopped on shutdown. Thread-safe.
 */
@ApplicationScoped
public class PlanWorkers {

    private static final Logger LOG = Logger.getLogger(PlanWorkers.class);

    @Inject
    PlanQueue queue;

    @Inject
    ManifestStore manifests;

    @Inject
    PlanningService planning;

    @Inject
    PlannerConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private volatile KeyedDrains<Owner> drains;

    void start(@Observes StartupEvent event) {
        drains = new KeyedDrains<>("streamt-plans", config.plans().concurrency(), this::drain);
        List<Owner> waiting = queue.owners();
        if (!waiting.isEmpty()) {
            LOG.infof("resuming the queued plans of %d project environments", waiting.size());
        }
        waiting.forEach(drains::signal);
    }

    void stop(@Observes ShutdownEvent event) {
        if (drains != null) {
            drains.close();
        }
    }

    /**
     * Queues a plan of {@code manifestId} for {@code owner}, inside the caller's transaction; it runs after the commit.
     */
    public void enqueue(Owner owner, String manifestId, String correlationId, String causationId) {
        queue.enqueue(owner, manifestId, correlationId, causationId);
        AfterCommit.run(transactions, () -> drains.signal(owner));
    }

    private void drain(Owner owner) {
        for (Optional<PlanQueue.QueuedPlan> next = queue.oldest(owner); next.isPresent(); next = queue.oldest(owner)) {
            try {
                run(next.get());
            } catch (RuntimeException e) {
                // Not the plan's fault (the database went away, say): the row stays and is tried again shortly.
                LOG.warnf("plan of %s for %s could not be stored, will retry: %s", next.get().manifestId(), owner,
                        e.toString());
                drains.signalAfter(owner, config.plans().retryPause());
                return;
            }
        }
    }

    private void run(PlanQueue.QueuedPlan plan) {
        Subject subject = Subject.of(plan.owner().project(), plan.owner().environment());
        Optional<Manifest> manifest = QuarkusTransaction.requiringNew().call(() -> manifests.byId(plan.manifestId()));
        if (manifest.isEmpty()) {
            fail(plan, subject, PlanFailure.unknownManifest(plan.owner(), plan.manifestId()));
            return;
        }
        try {
            planning.plan(manifest.get(), plan.correlationId(), plan.causationId(), () -> {
                if (!queue.remove(plan.seq())) {
                    throw new PlannedElsewhere();
                }
            });
        } catch (PlanFailure failure) {
            fail(plan, subject, failure);
        } catch (PlannedElsewhere done) {
            // Another planner pod drained the same row first (both resume the queue at startup); its plan counts.
        }
    }

    /** The queued plan's row was removed by another pod while this one planned it: store nothing twice. */
    private static final class PlannedElsewhere extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PlannedElsewhere() {
            super("the queued plan was made by another planner", null, false, false);
        }
    }

    private void fail(PlanQueue.QueuedPlan plan, Subject subject, PlanFailure failure) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (queue.remove(plan.seq())) {
                planning.publishFailure(failure, subject, plan.correlationId(), plan.causationId());
            }
        });
    }
}
