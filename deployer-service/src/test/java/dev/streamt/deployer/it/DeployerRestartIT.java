package dev.streamt.deployer.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.ApplyRequested;
import dev.streamt.contracts.events.payload.DeploymentStepSucceeded;
import dev.streamt.contracts.manifest.EnvironmentSafety;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged deployer killed (SIGKILL) in the middle of a 500-topic apply and started again: it resumes from the
 * first unfinished step, the deployment succeeds, every topic exists, and no step ran or was announced twice.
 */
class DeployerRestartIT {

    private static final int TOPICS = 500;
    private static Platform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = Platform.start(Map.of("streamt.deployer.kafka.batch-size", "25"), Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void aDeployerKilledMidApplyResumesAndDoesNothingTwice() throws Exception {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < TOPICS; i++) {
            changes.add(Plans.create(String.format("restart.t%04d", i), 1, Map.of()));
        }
        ChangeSet changeSet = Plans.changeSet("restart", platform.broker.bootstrapServers(),
                EnvironmentSafety.UNPROTECTED, changes);
        platform.plan(changeSet);
        CloudEvent<ApplyRequested> command = CloudEvent.initial(EventType.APPLY_REQUESTED, "/tests",
                Subject.of("payments", "restart"), new ApplyRequested(changeSet.id(), false, null));

        platform.bus.send(command);
        platform.bus.awaitCausedBy(command.id(), EventType.DEPLOYMENT_STEP_SUCCEEDED);
        platform.deployer.kill();

        Map<String, String> doneBeforeKill = succeededSteps();
        assertThat(doneBeforeKill).isNotEmpty().hasSizeLessThan(TOPICS);
        platform.deployer.restart();

        CloudEvent<?> succeeded = platform.bus.awaitCausedBy(command.id(), EventType.DEPLOYMENT_SUCCEEDED);
        String deploymentId = Bus.deploymentIdOf(succeeded);
        // A create is acknowledged once the controller committed it; the broker's metadata follows a moment later.
        try (Admin admin = platform.broker.createAdmin()) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                    admin.listTopics().names().get().stream().filter(n -> n.startsWith("restart."))).hasSize(TOPICS));
        }
        // The outbox delivers at least once: consumers deduplicate by event id, so distinct ids are what counts.
        Map<String, Set<String>> eventIdsPerStep = new HashMap<>();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                platform.bus.of(deploymentId, EventType.DEPLOYMENT_STEP_SUCCEEDED).stream()
                        .map(e -> e.dataAs(DeploymentStepSucceeded.class).step().changeId()).distinct().count() == TOPICS);
        for (CloudEvent<?> event : platform.bus.of(deploymentId, EventType.DEPLOYMENT_STEP_SUCCEEDED)) {
            eventIdsPerStep.computeIfAbsent(event.dataAs(DeploymentStepSucceeded.class).step().changeId(),
                    id -> new HashSet<>()).add(event.id());
        }
        assertThat(eventIdsPerStep).hasSize(TOPICS);
        assertThat(eventIdsPerStep.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        Map<String, String> after = succeededSteps();
        assertThat(after).hasSize(TOPICS);
        doneBeforeKill.forEach((changeId, times) -> assertThat(after.get(changeId)).as(changeId).isEqualTo(times));
    }

    @Test
    void aKilledDeployerRestartedHandlesANewApplyWithinSecondsOfBeingReady() throws Exception {
        platform.deployer.kill();
        platform.deployer.restart();
        long ready = System.nanoTime();

        ChangeSet changeSet = Plans.changeSet("after-restart", platform.broker.bootstrapServers(),
                EnvironmentSafety.UNPROTECTED, List.of(Plans.create("after-restart.orders", 1, Map.of())));
        platform.plan(changeSet);
        CloudEvent<ApplyRequested> command = CloudEvent.initial(EventType.APPLY_REQUESTED, "/tests",
                Subject.of("payments", "after-restart"), new ApplyRequested(changeSet.id(), false, null));
        platform.bus.send(command);
        platform.bus.awaitCausedBy(command.id(), EventType.DEPLOYMENT_STARTED);

        // Static group membership: the restarted process takes over the dead one's partitions without waiting for
        // the group to time it out, and it is ready only once its consumers have joined.
        assertThat(Duration.ofNanos(System.nanoTime() - ready)).isLessThan(Duration.ofSeconds(10));
    }

    /** change id -> "started_at/finished_at" of every succeeded step, read straight from the deployer's schema. */
    private static Map<String, String> succeededSteps() throws Exception {
        Map<String, String> steps = new HashMap<>();
        try (Connection c = platform.db.openConnection();
                PreparedStatement s = c.prepareStatement("SELECT change_id, started_at, finished_at "
                        + "FROM deployer.deployment_step WHERE status = 'succeeded'");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                steps.put(r.getString(1), r.getString(2) + "/" + r.getString(3));
            }
        }
        return steps;
    }
}
