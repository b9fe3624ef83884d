package dev.streamt.deployer.app;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.deployment.Deployment;
import dev.streamt.contracts.deployment.DeploymentStatus;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.deployment.StepStatus;
import dev.streamt.contracts.events.Subject;
import dev.streamt.deployer.core.DeploymentProgress;
import dev.streamt.deployer.core.StepLifecycle;
import dev.streamt.deployer.core.StepResult;
import dev.streamt.deployer.core.TargetExecutors;
import dev.streamt.deployer.store.ChangeSetStore;
import dev.streamt.deployer.store.DeploymentStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Drives deployments to their end, batch by batch. A batch is marked running in one transaction, carried out by its
 * target's executor, and its results recorded with their events in the next; so the database always says which steps
 * are done, and a deployer killed at any moment resumes from the first unfinished step (a step found running is run
 * again: executors are idempotent; a succeeded step never runs again). One deployment runs only while its advisory lock
 * is held, so two pods never run it at once.
 *
 * <p>Lifecycle: a pool of {@code streamt.deployer.workers} threads and one scanner thread, started on application
 * start (the scanner picks up unfinished deployments right away and then every {@code resume-interval}), stopped on
 * shutdown (a deployment left mid-way resumes on the next start). {@link #submit} is thread-safe and never blocks.
 */
@ApplicationScoped
public class DeploymentRunner {

    private static final Logger LOG = Logger.getLogger(DeploymentRunner.class);

    @Inject
    DeploymentStore deployments;

    @Inject
    ChangeSetStore changeSets;

    @Inject
    DeploymentEvents events;

    @Inject
    TargetExecutors executors;

    @Inject
    DeployerConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private ExecutorService workers;
    private ScheduledExecutorService scanner;

    void start(@Observes StartupEvent event) {
        workers = Executors.newFixedThreadPool(config.workers(), daemon("streamt-deployer-worker"));
        scanner = Executors.newSingleThreadScheduledExecutor(daemon("streamt-deployer-resume"));
        scanner.scheduleWithFixedDelay(this::resumeUnfinished, 0, config.resumeInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        if (scanner != null) {
            scanner.shutdownNow();
        }
        if (workers != null) {
            workers.shutdown();
        }
    }

    /** Runs the deployment on a worker unless this process already runs it. */
    public void submit(String deploymentId) {
        if (stopping || workers == null || !inFlight.add(deploymentId)) {
            return;
        }
        try {
            workers.execute(() -> {
                try {
                    runLocked(deploymentId);
                } catch (RuntimeException | SQLException e) {
                    // The deployment stays unfinished in the database; the next scan resumes it.
                    LOG.warnf("deployment %s stopped before its end and will be resumed: %s", deploymentId, e.toString());
                } finally {
                    inFlight.remove(deploymentId);
                }
            });
        } catch (RuntimeException rejected) {
            inFlight.remove(deploymentId);
        }
    }

    private void resumeUnfinished() {
        try {
            QuarkusTransaction.requiringNew().call(deployments::unfinished).forEach(this::submit);
        } catch (RuntimeException e) {
            LOG.warnf("cannot look for unfinished deployments (retrying in %s): %s", config.resumeInterval(), e.toString());
        }
    }

    private void runLocked(String deploymentId) throws SQLException {
        try (DeploymentLock lock = DeploymentLock.tryAcquire(jdbcUrl, username, password.orElse(null), deploymentId)) {
            if (lock != null) {
                run(deploymentId, lock);
            }
        }
    }

    private void run(String id, DeploymentLock lock) {
        DeploymentStore.DeploymentRecord record = QuarkusTransaction.requiringNew().call(() -> deployments.byId(id))
                .orElseThrow(() -> new IllegalStateException("deployment " + id + " vanished"));
        Deployment deployment = record.deployment();
        if (deployment.status() != DeploymentStatus.PENDING && deployment.status() != DeploymentStatus.RUNNING) {
            return;
        }
        ChangeSet changeSet = QuarkusTransaction.requiringNew().call(() -> changeSets.byId(deployment.changesetId()))
                .orElseThrow(() -> new IllegalStateException("change set " + deployment.changesetId() + " vanished"))
                .changeSet();
        Map<String, Change> changes = new HashMap<>();
        changeSet.changes().forEach(change -> changes.put(change.id(), change));
        DeploymentEvents.Envelope envelope = new DeploymentEvents.Envelope(
                Subject.of(deployment.project(), deployment.environment()), record.correlationId(), record.causeId());
        List<DeploymentStep> steps = new ArrayList<>(deployment.steps());
        if (deployment.status() == DeploymentStatus.PENDING) {
            QuarkusTransaction.requiringNew().run(() -> {
                deployments.setStatus(id, DeploymentStatus.RUNNING, null, null);
                events.started(envelope, deployment.with(DeploymentStatus.RUNNING, null));
            });
        }
        Deployment running = deployment.with(DeploymentStatus.RUNNING, null);
        Optional<DeploymentProgress.Batch> next;
        while ((next = DeploymentProgress.nextBatch(steps, executors::batchSize)).isPresent()) {
            if (stopping || !lock.stillHeld()) {
                return;
            }
            runBatch(running, changeSet, changes, envelope, steps, next.get());
        }
        finish(running, envelope, steps);
    }

    private void runBatch(Deployment deployment, ChangeSet changeSet, Map<String, Change> changes,
            DeploymentEvents.Envelope envelope, List<DeploymentStep> steps, DeploymentProgress.Batch batch) {
        List<DeploymentStep> started = new ArrayList<>();
        Set<String> resumed = new HashSet<>();
        java.time.Instant startedAt = Clock.now();
        for (DeploymentStep step : steps.subList(batch.from(), batch.to())) {
            if (step.status() == StepStatus.RUNNING) {
                resumed.add(step.changeId());
            }
            started.add(StepLifecycle.start(step, startedAt));
        }
        QuarkusTransaction.requiringNew().run(() -> deployments.updateSteps(deployment.id(), batch.from(), started));
        List<Change> batchChanges = started.stream().map(step -> changes.get(step.changeId())).toList();
        Map<String, StepResult> results = new HashMap<>();
        try {
            executors.execute(started.get(0).target(), changeSet, batchChanges, resumed)
                    .forEach(result -> results.put(result.changeId(), result));
        } catch (RuntimeException e) {
            LOG.warnf("the %s executor failed on deployment %s: %s", started.get(0).target(), deployment.id(), e.toString());
        }
        java.time.Instant finishedAt = Clock.now();
        List<DeploymentStep> finished = new ArrayList<>();
        for (DeploymentStep step : started) {
            StepResult result = results.getOrDefault(step.changeId(),
                    StepResult.failed(step.changeId(), "the " + step.target() + " executor gave no result for this step"));
            finished.add(StepLifecycle.finish(step, result, finishedAt));
        }
        QuarkusTransaction.requiringNew().run(() -> {
            deployments.updateSteps(deployment.id(), batch.from(), finished);
            finished.forEach(step -> events.stepFinished(envelope, deployment, step));
        });
        for (int i = 0; i < finished.size(); i++) {
            steps.set(batch.from() + i, finished.get(i));
        }
    }

    private void finish(Deployment deployment, DeploymentEvents.Envelope envelope, List<DeploymentStep> steps) {
        DeploymentStatus status = DeploymentProgress.statusOf(steps);
        for (int i = 0; i < steps.size(); i++) {
            if (status == DeploymentStatus.FAILED && steps.get(i).status() == StepStatus.PENDING) {
                steps.set(i, StepLifecycle.skip(steps.get(i)));
            }
        }
        String reason = DeploymentProgress.failureReason(steps).orElse(null);
        java.time.Instant finishedAt = Clock.now();
        Deployment finished = deployment.withSteps(List.copyOf(steps)).with(status, finishedAt);
        QuarkusTransaction.requiringNew().run(() -> {
            deployments.updateSteps(deployment.id(), 0, steps);
            deployments.setStatus(deployment.id(), status, reason, finishedAt);
            if (status == DeploymentStatus.SUCCEEDED) {
                events.succeeded(envelope, finished);
            } else {
                events.failed(envelope, finished, reason);
            }
        });
        LOG.infof("deployment %s of %s %s (%d steps)", deployment.id(), envelope.subject(), status, steps.size());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
