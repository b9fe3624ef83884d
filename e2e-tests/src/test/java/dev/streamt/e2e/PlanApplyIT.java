package dev.streamt.e2e;

import static dev.streamt.testkit.events.EventRecorder.causedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.ApplyRequested;
import dev.streamt.contracts.events.payload.ChangeSetPlanned;
import dev.streamt.contracts.events.payload.CompileRequested;
import dev.streamt.contracts.events.payload.DeploymentFailed;
import dev.streamt.contracts.events.payload.DeploymentRejected;
import dev.streamt.contracts.events.payload.DeploymentStarted;
import dev.streamt.contracts.events.payload.DeploymentSucceeded;
import dev.streamt.contracts.events.payload.PlanRequested;
import dev.streamt.e2e.Platform.Service;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A team's project taken through its life over Kafka only — compile command, the planner's change set, apply command,
 * deployment events — with the compiler, planner and deployer each in its own JVM, and the result checked in the
 * broker itself. The steps build on each other, in order, like the team's successive edits.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanApplyIT {

    private static final Subject SHOP = Subject.of("shop", null);

    private static Platform platform;
    private static LiveTopics live;

    @BeforeAll
    static void start() throws Exception {
        platform = Platform.start(List.of(Service.COMPILER, Service.PLANNER, Service.DEPLOYER), Map.of(), Map.of());
        live = new LiveTopics(platform.bootstrapServers());
    }

    @AfterAll
    static void stop() throws Exception {
        if (live != null) {
            live.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    @Order(1)
    void aCompiledProjectIsPlannedAndAppliedIntoTopicsWithItsPartitionsAndConfigs() throws Exception {
        CloudEvent<?> planned = compileAndAwaitPlan(project());
        ChangeSet changeSet = changeSet(planned);
        assertThat(changeSet.changes()).extracting(Change::name, Change::action).containsExactlyInAnyOrder(
                tuple(ShopProject.ORDERS_TOPIC, ChangeAction.CREATE),
                tuple(ShopProject.BIG_ORDERS_TOPIC, ChangeAction.CREATE));

        CloudEvent<?> outcome = apply(planned, false, null);

        assertThat(outcome.type()).isEqualTo(EventType.DEPLOYMENT_SUCCEEDED);
        String correlation = planned.correlationid();
        assertThat(platform.events().events(e -> correlation.equals(e.correlationid()))).extracting(CloudEvent::type)
                .contains(EventType.COMPILE_REQUESTED, EventType.MANIFEST_COMPILED, EventType.CHANGESET_PLANNED,
                        EventType.APPLY_REQUESTED, EventType.DEPLOYMENT_STARTED,
                        EventType.DEPLOYMENT_STEP_SUCCEEDED, EventType.DEPLOYMENT_SUCCEEDED);
        assertThat(live.partitions(ShopProject.ORDERS_TOPIC)).isEqualTo(3);
        assertThat(live.config(ShopProject.ORDERS_TOPIC, "retention.ms")).isEqualTo("86400000");
        assertThat(live.partitions(ShopProject.BIG_ORDERS_TOPIC)).isEqualTo(2);
    }

    @Test
    @Order(2)
    void planningAgainFindsNothingToDo() {
        CloudEvent<PlanRequested> command = platform.commands().send(CloudEvent.initial(EventType.PLAN_REQUESTED,
                "/tests", SHOP, PlanRequested.forLatest("shop", null)));

        ChangeSet again = changeSet(platform.events().await(causedBy(command.id())));

        assertThat(again.summary().hasWork()).isFalse();
        assertThat(again.changes()).allSatisfy(change -> assertThat(change.action()).isEqualTo(ChangeAction.NONE));
    }

    @Test
    @Order(3)
    void morePartitionsAndAnotherRetentionAreAppliedInPlace() throws Exception {
        CloudEvent<?> planned = compileAndAwaitPlan(project().ordersPartitions(6).ordersRetentionMs("604800000"));
        Change orders = change(changeSet(planned), ShopProject.ORDERS_TOPIC);
        assertThat(orders.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(orders.destructive()).isFalse();
        assertThat(orders.diff()).extracting(d -> d.field()).containsExactlyInAnyOrder("partitions",
                "config.retention.ms");

        assertThat(apply(planned, false, null).type()).isEqualTo(EventType.DEPLOYMENT_SUCCEEDED);

        assertThat(live.partitions(ShopProject.ORDERS_TOPIC)).isEqualTo(6);
        assertThat(live.config(ShopProject.ORDERS_TOPIC, "retention.ms")).isEqualTo("604800000");
    }

    @Test
    @Order(4)
    void fewerPartitionsAreBlockedAtPlanTimeAndTheApplyIsRefused() throws Exception {
        CloudEvent<?> planned = compileAndAwaitPlan(project().ordersPartitions(4).ordersRetentionMs("604800000"));
        Change orders = change(changeSet(planned), ShopProject.ORDERS_TOPIC);
        assertThat(orders.action()).isEqualTo(ChangeAction.BLOCKED);
        assertThat(orders.reason()).contains("partitions cannot decrease");

        CloudEvent<?> outcome = apply(planned, true, "ops@shop");

        assertThat(outcome.type()).isEqualTo(EventType.DEPLOYMENT_REJECTED);
        assertThat(outcome.dataAs(DeploymentRejected.class).reason()).contains(ShopProject.ORDERS_TOPIC);
        assertThat(live.partitions(ShopProject.ORDERS_TOPIC)).isEqualTo(6);
    }

    @Test
    @Order(5)
    void aRemovedModelsTopicIsDeletedOnlyWithApproval() throws Exception {
        CloudEvent<?> planned = compileAndAwaitPlan(project().ordersPartitions(6).ordersRetentionMs("604800000")
                .withoutBigOrders());
        Change bigOrders = change(changeSet(planned), ShopProject.BIG_ORDERS_TOPIC);
        assertThat(bigOrders.action()).isEqualTo(ChangeAction.DELETE);
        assertThat(bigOrders.destructive()).isTrue();

        CloudEvent<?> refused = apply(planned, false, null);
        assertThat(refused.type()).isEqualTo(EventType.DEPLOYMENT_REJECTED);
        assertThat(refused.dataAs(DeploymentRejected.class).reason()).contains("approve_destructive");
        assertThat(live.names()).contains(ShopProject.BIG_ORDERS_TOPIC);

        assertThat(apply(planned, true, "ops@shop").type()).isEqualTo(EventType.DEPLOYMENT_SUCCEEDED);
        assertThat(live.names()).doesNotContain(ShopProject.BIG_ORDERS_TOPIC).contains(ShopProject.ORDERS_TOPIC);
    }

    @Test
    @Order(6)
    void topicsCreatedOutsideStreamtAreLeftAlone() throws Exception {
        live.createOutsideStreamt(List.of("legacy.orders", "other_team.payments"), 1);

        CloudEvent<?> planned = compileAndAwaitPlan(project().ordersPartitions(6).ordersRetentionMs("604800000")
                .withoutBigOrders().withModelWritingTo("legacy.orders"));
        ChangeSet changeSet = changeSet(planned);
        Change legacy = change(changeSet, "legacy.orders");
        assertThat(legacy.action()).isEqualTo(ChangeAction.BLOCKED);
        assertThat(legacy.reason()).isEqualTo(Change.REASON_NOT_MANAGED);
        assertThat(changeSet.changes()).extracting(Change::name).doesNotContain("other_team.payments");

        assertThat(apply(planned, true, "ops@shop").type()).isEqualTo(EventType.DEPLOYMENT_REJECTED);
        assertThat(live.names()).contains("legacy.orders", "other_team.payments");
        assertThat(live.partitions("legacy.orders")).isEqualTo(1);
    }

    private ShopProject project() {
        return new ShopProject(platform.bootstrapServers());
    }

    /** Sends a compile command and waits for the change set the planner made from the compiled manifest. */
    private static CloudEvent<?> compileAndAwaitPlan(ShopProject project) {
        CloudEvent<CompileRequested> command = platform.commands().send(CloudEvent.initial(
                EventType.COMPILE_REQUESTED, "/tests", SHOP,
                new CompileRequested("shop", project.files(), null, Map.of(), "ci")));
        CloudEvent<?> compiled = platform.events().await(causedBy(command.id()));
        assertThat(compiled.type()).as("compile outcome of %s", compiled.data()).isEqualTo(EventType.MANIFEST_COMPILED);
        CloudEvent<?> planned = platform.events().await(causedBy(compiled.id()));
        assertThat(planned.type()).as("plan outcome of %s", planned.data()).isEqualTo(EventType.CHANGESET_PLANNED);
        assertThat(planned.correlationid()).isEqualTo(command.correlationid());
        return planned;
    }

    /**
     * Sends the apply command for a planned change set and waits for the deployment's outcome: its rejection, or the
     * end of the deployment the command started.
     */
    private static CloudEvent<?> apply(CloudEvent<?> planned, boolean approveDestructive, String approvedBy) {
        ChangeSet changeSet = changeSet(planned);
        CloudEvent<ApplyRequested> command = platform.commands().send(CloudEvent.causedBy(planned,
                EventType.APPLY_REQUESTED, "/tests", new ApplyRequested(changeSet.id(), approveDestructive,
                        approvedBy)));
        CloudEvent<?> answer = platform.events().await(causedBy(command.id()));
        if (answer.type() != EventType.DEPLOYMENT_STARTED) {
            return answer;
        }
        String deploymentId = answer.dataAs(DeploymentStarted.class).deployment().id();
        return platform.events().await(e -> (e.type() == EventType.DEPLOYMENT_SUCCEEDED
                && e.dataAs(DeploymentSucceeded.class).deployment().id().equals(deploymentId))
                || (e.type() == EventType.DEPLOYMENT_FAILED
                        && e.dataAs(DeploymentFailed.class).deployment().id().equals(deploymentId)));
    }

    private static ChangeSet changeSet(CloudEvent<?> planned) {
        return planned.dataAs(ChangeSetPlanned.class).changeSet();
    }

    private static Change change(ChangeSet changeSet, String name) {
        return changeSet.changes().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in " + changeSet.changes()));
    }
}
