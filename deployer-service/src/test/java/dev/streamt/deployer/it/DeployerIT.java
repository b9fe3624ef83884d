package dev.streamt.deployer.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.changeset.FieldDiff;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.ApplyRequested;
import dev.streamt.contracts.events.payload.DeploymentRejected;
import dev.streamt.contracts.manifest.EnvironmentSafety;
import dev.streamt.testkit.InjectKafkaBroker;
import dev.streamt.testkit.KafkaBroker;
import dev.streamt.testkit.KafkaResource;
import dev.streamt.testkit.PostgresResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deployer against a real broker (also the projects' cluster) and a real PostgreSQL: change sets arrive as
 * ChangeSetPlanned events, applies come over HTTP or streamt.apply.commands, and what a user notices is checked in the
 * broker, in the deployment's steps and on streamt.deployment.events.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = KafkaResource.TOPICS, value = "streamt.changeset.events:1"))
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
class DeployerIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static Bus bus;

    @InjectKafkaBroker
    KafkaBroker broker;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void connect() {
        if (bus == null) {
            bus = new Bus(broker.bootstrapServers());
        }
    }

    @AfterAll
    static void disconnect() {
        if (bus != null) {
            bus.close();
            bus = null;
        }
    }

    @Test
    void createsTopicsWithTheirPartitionsAndConfigsAndPublishesEveryStep() throws Exception {
        ChangeSet changeSet = plan("create", EnvironmentSafety.UNPROTECTED, List.of(
                Plans.create("orders", 3, Map.of("retention.ms", "3600000")),
                Plans.create("payments", 2, Map.of("cleanup.policy", "compact"))));

        String id = given().contentType("application/json").header("X-Correlation-Id", "corr-create")
                .body(Map.of("changeset_id", changeSet.id(), "approve_destructive", false))
                .post("/api/v1/deployments").then().statusCode(202).extract().path("deployment_id");

        JsonPath deployment = awaitFinished(id);
        assertThat(deployment.getString("status")).isEqualTo("succeeded");
        assertThat(deployment.getList("steps.change_id")).containsExactly("kafka_topic:orders", "kafka_topic:payments");
        assertThat(deployment.getList("steps.status")).containsOnly("succeeded");
        assertThat(deployment.getList("steps.started_at")).doesNotContainNull();
        try (Admin admin = broker.createAdmin()) {
            assertThat(admin.describeTopics(List.of("orders")).allTopicNames().get().get("orders").partitions()).hasSize(3);
            assertThat(config(admin, "orders").get("retention.ms").value()).isEqualTo("3600000");
            assertThat(config(admin, "payments").get("cleanup.policy").value()).isEqualTo("compact");
        }
        bus.await(id, EventType.DEPLOYMENT_SUCCEEDED);
        assertThat(bus.of(id)).extracting(CloudEvent::type).containsExactly(EventType.DEPLOYMENT_STARTED,
                EventType.DEPLOYMENT_STEP_SUCCEEDED, EventType.DEPLOYMENT_STEP_SUCCEEDED, EventType.DEPLOYMENT_SUCCEEDED);
        assertThat(bus.of(id)).allSatisfy(event -> {
            assertThat(event.correlationid()).isEqualTo("corr-create");
            assertThat(event.subject()).isEqualTo(Subject.of("payments", "create"));
        });

        // The same apply again: the same deployment, nothing done twice.
        given().contentType("application/json").body(Map.of("changeset_id", changeSet.id()))
                .post("/api/v1/deployments").then().statusCode(202).body("deployment_id", equalTo(id));
        Thread.sleep(1000);
        assertThat(bus.of(id)).hasSize(4);
        given().get("/api/v1/projects/payments/deployments?env=create").then().statusCode(200)
                .body("id", equalTo(List.of(id)));
    }

    @Test
    void anApplyCommandOnKafkaDeploysWithTheCommandsCorrelationId() throws Exception {
        ChangeSet changeSet = plan("kafka", EnvironmentSafety.UNPROTECTED, List.of(Plans.create("kafka-orders", 1, Map.of())));
        CloudEvent<ApplyRequested> command = CloudEvent.initial(EventType.APPLY_REQUESTED, "/tests",
                Subject.of("payments", "kafka"), new ApplyRequested(changeSet.id(), false, null));

        bus.send(command);

        CloudEvent<?> succeeded = bus.awaitCausedBy(command.id(), EventType.DEPLOYMENT_SUCCEEDED);
        assertThat(succeeded.correlationid()).isEqualTo(command.correlationid());
        assertThat(bus.of(Bus.deploymentIdOf(succeeded), EventType.DEPLOYMENT_STEP_SUCCEEDED)).singleElement()
                .satisfies(step -> assertThat(step.correlationid()).isEqualTo(command.correlationid()));
        try (Admin admin = broker.createAdmin()) {
            assertThat(admin.listTopics().names().get()).contains("kafka-orders");
        }
    }

    @Test
    void updatesInPlaceGrowingPartitionsSettingAndRemovingConfig() throws Exception {
        broker.createTopic("grow", 2, Map.of("segment.ms", "3600000"));
        Map<String, Object> before = Plans.topic("grow", 2, Map.of("segment.ms", "3600000"));
        Map<String, Object> after = Plans.topic("grow", 5, Map.of("retention.ms", "7200000"));
        ChangeSet changeSet = plan("update", EnvironmentSafety.UNPROTECTED, List.of(Plans.update("grow", before, after,
                List.of(new FieldDiff("partitions", 2, 5), new FieldDiff("config.retention.ms", null, "7200000"),
                        new FieldDiff("config.segment.ms", "3600000", null)))));

        assertThat(awaitFinished(apply(changeSet, false, null)).getString("status")).isEqualTo("succeeded");

        try (Admin admin = broker.createAdmin()) {
            assertThat(admin.describeTopics(List.of("grow")).allTopicNames().get().get("grow").partitions()).hasSize(5);
            Config config = config(admin, "grow");
            assertThat(config.get("retention.ms").value()).isEqualTo("7200000");
            assertThat(config.get("segment.ms").isDefault()).isTrue();
        }
    }

    @Test
    void replaceDeletesTheTopicAndCreatesItAgainFromTheDesiredState() throws Exception {
        broker.createTopic("swap", 1, Map.of("cleanup.policy", "delete"));
        ChangeSet changeSet = plan("replace", EnvironmentSafety.UNPROTECTED, List.of(Plans.replace("swap",
                Plans.topic("swap", 1, Map.of("cleanup.policy", "delete")),
                Plans.topic("swap", 2, Map.of("cleanup.policy", "compact")),
                List.of(new FieldDiff("config.cleanup.policy", "delete", "compact")))));

        assertThat(awaitFinished(apply(changeSet, true, null)).getString("status")).isEqualTo("succeeded");

        try (Admin admin = broker.createAdmin()) {
            assertThat(admin.describeTopics(List.of("swap")).allTopicNames().get().get("swap").partitions()).hasSize(2);
            assertThat(config(admin, "swap").get("cleanup.policy").value()).isEqualTo("compact");
        }
    }

    @Test
    void aDeleteRunsOnlyWithApproveDestructive() throws Exception {
        broker.createTopic("doomed", 1);
        ChangeSet changeSet = plan("delete", EnvironmentSafety.UNPROTECTED, List.of(Plans.delete("doomed", 1)));

        refused(changeSet, false, null, "approve_destructive");
        assertThat(rejectionOf(changeSet).reason()).contains("approve_destructive").contains("kafka_topic:doomed");
        try (Admin admin = broker.createAdmin()) {
            assertThat(admin.listTopics().names().get()).contains("doomed");
        }

        assertThat(awaitFinished(apply(changeSet, true, null)).getString("status")).isEqualTo("succeeded");
        try (Admin admin = broker.createAdmin()) {
            assertThat(admin.listTopics().names().get()).doesNotContain("doomed");
        }
    }

    @Test
    void aProtectedEnvironmentNeedsANamedApprover() {
        ChangeSet changeSet = plan("prod", new EnvironmentSafety(true, false, true, false),
                List.of(Plans.create("prod-orders", 1, Map.of())));

        refused(changeSet, false, null, "approved_by");

        assertThat(awaitFinished(apply(changeSet, false, "ana")).getString("status")).isEqualTo("succeeded");
    }

    @Test
    void aChangeSetWithBlockedChangesIsRefused() {
        ChangeSet changeSet = plan("blocked", EnvironmentSafety.UNPROTECTED,
                List.of(Plans.create("fine", 1, Map.of()), Plans.blocked("shrinking")));

        refused(changeSet, true, "ana", "kafka_topic:shrinking");
    }

    @Test
    void aSecondApplyWhileOneRunsIsRefusedNamingTheRunningOne() {
        // A cluster nobody answers on keeps the first deployment running for the admin client's timeout.
        ChangeSet slow = Plans.changeSet("busy", "localhost:1", EnvironmentSafety.UNPROTECTED,
                List.of(Plans.create("never", 1, Map.of())));
        publish(slow);
        String running = apply(slow, false, null);
        ChangeSet next = plan("busy", EnvironmentSafety.UNPROTECTED, List.of(Plans.create("later", 1, Map.of())));

        refused(next, false, null, running);
    }

    @Test
    void anUnknownChangeSetIs404OverHttpAndARejectionOnKafka() throws Exception {
        given().contentType("application/json").body(Map.of("changeset_id", "cs-nobody-planned"))
                .post("/api/v1/deployments").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("cs-nobody-planned"));

        CloudEvent<ApplyRequested> command = CloudEvent.initial(EventType.APPLY_REQUESTED, "/tests",
                Subject.of("payments", "ghost"), new ApplyRequested("cs-ghost", false, null));
        bus.send(command);
        CloudEvent<?> rejected = bus.awaitCausedBy(command.id(), EventType.DEPLOYMENT_REJECTED);
        assertThat(rejected.dataAs(DeploymentRejected.class).reason()).contains("unknown change set 'cs-ghost'");
        assertThat(rejected.correlationid()).isEqualTo(command.correlationid());
    }

    @Test
    void anApplyForAChangeSetNotReceivedYetHoldsUpNoOtherApplyAndRunsWhenItArrives() throws Exception {
        ChangeSet late = Plans.changeSet("late", broker.bootstrapServers(), EnvironmentSafety.UNPROTECTED,
                List.of(Plans.create("late-orders", 1, Map.of())));
        CloudEvent<ApplyRequested> early = CloudEvent.initial(EventType.APPLY_REQUESTED, "/tests",
                Subject.of("payments", "late"), new ApplyRequested(late.id(), false, null));
        bus.send(early);
        ChangeSet other = plan("elsewhere", EnvironmentSafety.UNPROTECTED,
                List.of(Plans.create("elsewhere-orders", 1, Map.of())));
        CloudEvent<ApplyRequested> command = CloudEvent.initial(EventType.APPLY_REQUESTED, "/tests",
                Subject.of("payments", "elsewhere"), new ApplyRequested(other.id(), false, null));

        long sent = System.nanoTime();
        bus.send(command);
        bus.awaitCausedBy(command.id(), EventType.DEPLOYMENT_STARTED);
        Duration took = Duration.ofNanos(System.nanoTime() - sent);

        // The deferred command waits up to streamt.deployer.changeset-wait.command (2 s in tests) without a thread.
        assertThat(took).as("the other project's apply").isLessThan(Duration.ofMillis(1500));
        publish(late);
        CloudEvent<?> succeeded = bus.awaitCausedBy(early.id(), EventType.DEPLOYMENT_SUCCEEDED);
        assertThat(succeeded.correlationid()).isEqualTo(early.correlationid());
    }

    @Test
    void anUnsetVariableFailsItsStepNamingTheVariableAndLaterStepsAreSkipped() throws Exception {
        ChangeSet changeSet = plan("secrets", EnvironmentSafety.UNPROTECTED, List.of(
                Plans.create("with-secret", 1, Map.of("retention.ms", "${STREAMT_IT_UNSET_RETENTION}")),
                Plans.delete("gone-later", 1)));

        JsonPath deployment = awaitFinished(apply(changeSet, true, null));

        assertThat(deployment.getString("status")).isEqualTo("failed");
        assertThat(deployment.getList("steps.status")).containsExactly("failed", "skipped");
        assertThat(deployment.getString("steps[0].error")).contains("STREAMT_IT_UNSET_RETENTION");
        assertThat(deployment.getString("reason")).contains("STREAMT_IT_UNSET_RETENTION");
        String id = deployment.getString("id");
        bus.await(id, EventType.DEPLOYMENT_FAILED);
        assertThat(bus.of(id, EventType.DEPLOYMENT_STEP_FAILED)).hasSize(1);
    }

    @Test
    void aTopicThatAppearedAfterThePlanIsAFailedStepNeverTakenOver() {
        broker.createTopic("taken", 2);
        ChangeSet changeSet = plan("conflict", EnvironmentSafety.UNPROTECTED, List.of(Plans.create("taken", 4, Map.of())));

        JsonPath deployment = awaitFinished(apply(changeSet, false, null));

        assertThat(deployment.getString("status")).isEqualTo("failed");
        assertThat(deployment.getString("steps[0].error")).contains("already exists with 2 partitions")
                .contains("this deployment did not create it");
    }

    private ChangeSet plan(String environment, EnvironmentSafety safety, List<dev.streamt.contracts.changeset.Change> changes) {
        ChangeSet changeSet = Plans.changeSet(environment, broker.bootstrapServers(), safety, changes);
        publish(changeSet);
        return changeSet;
    }

    private void publish(ChangeSet changeSet) {
        try {
            bus.send(Plans.planned(changeSet));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        await().atMost(PATIENCE).until(() -> stored(changeSet.id()));
    }

    private String apply(ChangeSet changeSet, boolean approveDestructive, String approvedBy) {
        return given().contentType("application/json").body(body(changeSet, approveDestructive, approvedBy))
                .post("/api/v1/deployments").then().statusCode(202).extract().path("deployment_id");
    }

    private void refused(ChangeSet changeSet, boolean approveDestructive, String approvedBy, String reasonPart) {
        given().contentType("application/json").body(body(changeSet, approveDestructive, approvedBy))
                .post("/api/v1/deployments").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(reasonPart));
        assertThat(rejectionOf(changeSet).reason()).contains(reasonPart);
    }

    private DeploymentRejected rejectionOf(ChangeSet changeSet) {
        await().atMost(PATIENCE).until(() -> bus.events().stream().anyMatch(e -> e.type() == EventType.DEPLOYMENT_REJECTED
                && e.dataAs(DeploymentRejected.class).changesetId().equals(changeSet.id())));
        return bus.events().stream().filter(e -> e.type() == EventType.DEPLOYMENT_REJECTED)
                .map(e -> e.dataAs(DeploymentRejected.class)).filter(r -> r.changesetId().equals(changeSet.id()))
                .reduce((first, last) -> last).orElseThrow();
    }

    private static Map<String, Object> body(ChangeSet changeSet, boolean approveDestructive, String approvedBy) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("changeset_id", changeSet.id());
        body.put("approve_destructive", approveDestructive);
        body.put("approved_by", approvedBy);
        return body;
    }

    private static JsonPath awaitFinished(String id) {
        await().atMost(PATIENCE).until(() -> List.of("succeeded", "failed").contains(
                given().get("/api/v1/deployments/" + id).then().statusCode(200).extract().<String>path("status")));
        return given().get("/api/v1/deployments/" + id).then().extract().jsonPath();
    }

    private boolean stored(String changeSetId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT 1 FROM change_set WHERE id = ?")) {
            s.setString(1, changeSetId);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static Config config(Admin admin, String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }
}
