package dev.streamt.planner.it;

import static dev.streamt.planner.core.Manifests.topic;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.sun.net.httpserver.HttpServer;
import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.changeset.FieldDiff;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.ChangeSetPlanned;
import dev.streamt.contracts.events.payload.DriftDetected;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.events.payload.ManifestRef;
import dev.streamt.contracts.events.payload.PlanFailed;
import dev.streamt.contracts.events.payload.PlanRequested;
import dev.streamt.contracts.json.Sha256;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.TopicArtifact;
import dev.streamt.planner.core.Manifests;
import dev.streamt.testkit.InJvmKafkaBroker;
import dev.streamt.testkit.KafkaResource;
import dev.streamt.testkit.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.parsing.Parser;
import io.restassured.response.Response;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The planner against a real Kafka broker (both the platform's topics and the project's cluster) and PostgreSQL:
 * manifests arrive as ManifestCompiled, the deployer is simulated by creating the topics and publishing its events, and
 * every answer is read the way a user or the deployer reads it.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(
        name = KafkaResource.TOPICS, value = "streamt.manifest.events:3,streamt.deployment.events:3"))
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
class PlannerIT {

    static {
        RestAssured.registerParser("application/problem+json", Parser.JSON);
    }

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private Events events;
    private Admin admin;
    private String project;

    @BeforeEach
    void connect() {
        events = new Events(bootstrapServers);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        project = "p" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void close() {
        events.close();
        admin.close();
    }

    private Manifest manifest(String version, TopicArtifact... topics) {
        return Manifests.manifest(project + version, project, "dev", bootstrapServers, List.of(), List.of(topics));
    }

    private String t(String name) {
        return project + "." + name;
    }

    /** Publishes the manifest and waits until the planner has stored it (a plan by id answers 201). */
    private ChangeSet compiledAndPlanned(Manifest manifest) {
        events.publish(Events.compiled(manifest));
        Response[] answer = new Response[1];
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            answer[0] = given().contentType("application/json").body(Map.of("manifest_id", manifest.id()))
                    .post("/api/v1/plans");
            return answer[0].statusCode() == 201;
        });
        return StreamtJson.fromJson(answer[0].asString(), ChangeSet.class);
    }

    private ChangeSet planLatest() {
        String body = given().contentType("application/json").body(Map.of("project", project, "env", "dev"))
                .post("/api/v1/plans").then().statusCode(201).extract().asString();
        return StreamtJson.fromJson(body, ChangeSet.class);
    }

    /** The deployer's work: the topics as planned, then its events; waits until the planner learned them. */
    private void deploy(ChangeSet changeSet) throws Exception {
        for (Change change : changeSet.changes()) {
            if (change.action() == ChangeAction.CREATE) {
                Map<String, Object> after = change.after();
                @SuppressWarnings("unchecked")
                Map<String, String> config = (Map<String, String>) after.get("config");
                admin.createTopics(List.of(new NewTopic(change.name(), ((Number) after.get("partitions")).intValue(),
                        ((Number) after.get("replication_factor")).shortValue()).configs(config))).all().get();
            }
        }
        events.publish(Events.deployed(changeSet));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> changeSet.manifestId().equals(planLatest().baseManifestId()));
    }

    private static Change change(ChangeSet changeSet, String name) {
        return changeSet.changes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aCompiledManifestIsPlannedWithTheSameCorrelationId() {
        Manifest manifest = manifest("v1", topic(t("orders"), 3, Map.of()), topic(t("payments"), 1, Map.of()));
        CloudEvent<?> compiled = Events.compiled(manifest);
        events.publish(compiled);

        CloudEvent<?> planned = events.await(e -> e.type() == EventType.CHANGESET_PLANNED
                && compiled.id().equals(e.causationid()));

        assertThat(planned.correlationid()).isEqualTo(compiled.correlationid());
        assertThat(planned.subject()).isEqualTo(Subject.of(project, "dev"));
        ChangeSet changeSet = planned.dataAs(ChangeSetPlanned.class).changeSet();
        assertThat(changeSet.changes()).extracting(Change::action).containsExactly(ChangeAction.CREATE,
                ChangeAction.CREATE);
        assertThat(changeSet.runtime().kafka().bootstrapServers()).isEqualTo(bootstrapServers);
        given().get("/api/v1/changesets/" + changeSet.id()).then().statusCode(200)
                .body("id", equalTo(changeSet.id())).body("summary.create", equalTo(2));
    }

    @Test
    void fromFirstPlanThroughDeploymentToUpdatesDeletesAndBlockedChanges() throws Exception {
        Manifest v1 = manifest("v1", topic(t("orders"), 3, Map.of("retention.ms", "86400000")),
                topic(t("payments"), 2, Map.of("retention.ms", "86400000", "cleanup.policy", "delete")),
                topic(t("ledger"), 1, Map.of()), topic(t("audit"), 6, Map.of()));
        ChangeSet first = compiledAndPlanned(v1);
        assertThat(first.summary().create()).isEqualTo(4);
        assertThat(first.baseManifestId()).isNull();

        deploy(first);
        ChangeSet again = planLatest();
        assertThat(again.summary().hasWork()).isFalse();
        assertThat(again.summary().unchanged()).isEqualTo(4);
        given().accept("text/plain").get("/api/v1/changesets/" + again.id()).then().statusCode(200)
                .body(containsString("No changes. The running infrastructure matches manifest " + v1.id()));

        admin.createTopics(List.of(new NewTopic(t("foreign"), 1, (short) 1), new NewTopic(t("unrelated"), 1,
                (short) 1))).all().get();
        Manifest v2 = manifest("v2", topic(t("orders"), 6, Map.of("retention.ms", "86400000")),
                topic(t("payments"), 2, Map.of("retention.ms", "604800000", "cleanup.policy", "delete")),
                topic(t("audit"), 3, Map.of()), topic(t("foreign"), 1, Map.of()));
        ChangeSet second = compiledAndPlanned(v2);

        assertThat(second.baseManifestId()).isEqualTo(v1.id());
        assertThat(change(second, t("orders")).action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(change(second, t("orders")).diff()).containsExactly(new FieldDiff("partitions", 3, 6));
        assertThat(change(second, t("payments")).diff())
                .containsExactly(new FieldDiff("config.retention.ms", "86400000", "604800000"));
        assertThat(change(second, t("audit")).action()).isEqualTo(ChangeAction.BLOCKED);
        assertThat(change(second, t("audit")).reason()).contains("partitions cannot decrease: running 6, declared 3");
        assertThat(change(second, t("ledger")).action()).isEqualTo(ChangeAction.DELETE);
        assertThat(change(second, t("ledger")).destructive()).isTrue();
        assertThat(change(second, t("foreign")).action()).isEqualTo(ChangeAction.BLOCKED);
        assertThat(change(second, t("foreign")).reason()).isEqualTo(Change.REASON_NOT_MANAGED);
        assertThat(second.changes()).extracting(Change::name).doesNotContain(t("unrelated"));

        given().accept("text/plain").get("/api/v1/changesets/" + second.id()).then().statusCode(200)
                .body(containsString("  ~ kafka_topic " + t("orders") + " (update)\n      partitions: 3 → 6"))
                .body(containsString("config.retention.ms: \"86400000\" → \"604800000\""))
                .body(containsString("  - kafka_topic " + t("ledger") + " (delete, destructive)"))
                .body(containsString("  ! kafka_topic " + t("foreign") + " (blocked)"))
                .body(containsString("Plan: 0 to create, 2 to update, 0 to replace, 1 to delete, 0 unchanged, "
                        + "2 blocked."));

        admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, t("orders")),
                List.of(new AlterConfigOp(new ConfigEntry("retention.ms", "1000"), AlterConfigOp.OpType.SET))))
                .all().get();
        given().queryParam("env", "dev").get("/api/v1/projects/" + project + "/drift").then().statusCode(200)
                .body("manifest_id", equalTo(v1.id()))
                .body("differences.find { it.name == '" + t("orders") + "' }.action", equalTo("update"))
                .body("differences.find { it.name == '" + t("orders") + "' }.diff[0].field",
                        equalTo("config.retention.ms"))
                .body("differences.find { it.name == '" + t("orders") + "' }.diff[0].from", equalTo("1000"));
        CloudEvent<?> drift = events.await(e -> e.type() == EventType.DRIFT_DETECTED
                && e.subject().equals(Subject.of(project, "dev")));
        assertThat(drift.dataAs(DriftDetected.class).differences()).extracting(Change::name).contains(t("orders"));
        Thread.sleep(5_000);
        assertThat(events.seen(e -> e.type() == EventType.DRIFT_DETECTED
                && e.subject().equals(Subject.of(project, "dev")))).as("the same drift is published once").hasSize(1);
    }

    @Test
    void aPlanCommandIsAnsweredOnTheChangeSetTopic() {
        Manifest manifest = manifest("cmd", topic(t("orders"), 1, Map.of()));
        compiledAndPlanned(manifest);
        CloudEvent<PlanRequested> command = CloudEvent.initial(EventType.PLAN_REQUESTED, "/test",
                Subject.of(project, "dev"), PlanRequested.forLatest(project, "dev"));
        events.publish(command);

        CloudEvent<?> planned = events.await(e -> command.id().equals(e.causationid()));

        assertThat(planned.type()).isEqualTo(EventType.CHANGESET_PLANNED);
        assertThat(planned.correlationid()).isEqualTo(command.correlationid());
        assertThat(planned.dataAs(ChangeSetPlanned.class).changeSet().manifestId()).isEqualTo(manifest.id());
    }

    @Test
    void anHttpPlanCarriesTheCallersCorrelationId() {
        Manifest manifest = manifest("corr", topic(t("orders"), 1, Map.of()));
        compiledAndPlanned(manifest);
        String correlation = "corr-" + UUID.randomUUID();
        String id = given().header("X-Correlation-Id", correlation).contentType("application/json")
                .body(Map.of("manifest_id", manifest.id())).post("/api/v1/plans").then().statusCode(201)
                .header("Location", containsString("/api/v1/changesets/")).extract().path("id");
        CloudEvent<?> planned = events.await(e -> correlation.equals(e.correlationid()));
        assertThat(planned.dataAs(ChangeSetPlanned.class).changeSet().id()).isEqualTo(id);
    }

    @Test
    void anUnknownManifestIsA404OverHttpAndPlanFailedOverKafka() {
        String unknown = "sha256:" + "0".repeat(64);
        given().contentType("application/json").body(Map.of("manifest_id", unknown)).post("/api/v1/plans").then()
                .statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://streamt.dev/problems/unknown-manifest"))
                .body("detail", containsString(unknown));
        given().contentType("application/json").body(Map.of("project", "nobody", "env", "dev"))
                .post("/api/v1/plans").then().statusCode(404).body("detail", containsString("nobody"));
        given().get("/api/v1/changesets/cs-unknown").then().statusCode(404)
                .body("type", equalTo("https://streamt.dev/problems/unknown-changeset"));

        CloudEvent<PlanRequested> command = CloudEvent.initial(EventType.PLAN_REQUESTED, "/test",
                Subject.of(project, "dev"), PlanRequested.forManifest(unknown));
        events.publish(command);
        CloudEvent<?> failed = events.await(e -> command.id().equals(e.causationid()));
        assertThat(failed.type()).isEqualTo(EventType.PLAN_FAILED);
        assertThat(failed.correlationid()).isEqualTo(command.correlationid());
        assertThat(failed.dataAs(PlanFailed.class).reason()).contains(unknown);
    }

    @Test
    void anUnsetVariableInTheBootstrapIsA503NamingIt() {
        Manifest manifest = Manifests.manifest(project + "unset", project, "dev", "${PLANNER_IT_UNSET_BOOTSTRAP}",
                List.of(), List.of(topic(t("orders"), 1, Map.of())));
        CloudEvent<?> compiled = Events.compiled(manifest);
        events.publish(compiled);

        CloudEvent<?> failed = events.await(e -> compiled.id().equals(e.causationid()));
        assertThat(failed.type()).isEqualTo(EventType.PLAN_FAILED);
        assertThat(failed.dataAs(PlanFailed.class).reason()).contains("PLANNER_IT_UNSET_BOOTSTRAP");

        given().contentType("application/json").body(Map.of("manifest_id", manifest.id())).post("/api/v1/plans")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("PLANNER_IT_UNSET_BOOTSTRAP"))
                .body("missing_variables", hasItem("PLANNER_IT_UNSET_BOOTSTRAP"));
    }

    @Test
    void anUnreachableClusterIsA503() {
        Manifest manifest = Manifests.manifest(project + "down", project, "dev", "localhost:1", List.of(),
                List.of(topic(t("orders"), 1, Map.of())));
        events.publish(Events.compiled(manifest));
        await().atMost(Duration.ofSeconds(60)).until(() -> given().contentType("application/json")
                .body(Map.of("manifest_id", manifest.id())).post("/api/v1/plans").statusCode() != 404);
        given().contentType("application/json").body(Map.of("manifest_id", manifest.id())).post("/api/v1/plans")
                .then().statusCode(503).body("detail", containsString("localhost:1"));
        assertThat(Optional.of(manifest.id())).isPresent();
    }

    @Test
    void twentyProjectsWhoseClustersDoNotAnswerDoNotHoldUpAnotherProjectsAutoPlan() throws Exception {
        // Clusters that accept connections and never answer: each plan for them waits out the Admin timeout.
        List<ServerSocket> silent = new ArrayList<>();
        try {
            List<CloudEvent<?>> dead = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                ServerSocket socket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
                silent.add(socket);
                Manifest manifest = Manifests.manifest(project + "dead" + i, project + "-dead" + i, "dev",
                        "127.0.0.1:" + socket.getLocalPort(), List.of(), List.of(topic(t("dead" + i), 1, Map.of())));
                CloudEvent<?> compiled = Events.compiled(manifest);
                events.publish(compiled);
                dead.add(compiled);
            }
            Manifest good = manifest("good", topic(t("orders"), 1, Map.of()));
            CloudEvent<?> compiled = Events.compiled(good);
            long published = System.nanoTime();
            events.publish(compiled);

            CloudEvent<?> planned = events.await(e -> compiled.id().equals(e.causationid()));
            Duration took = Duration.ofNanos(System.nanoTime() - published);

            assertThat(planned.type()).isEqualTo(EventType.CHANGESET_PLANNED);
            assertThat(took).as("the good project's auto-plan after its compile").isLessThan(Duration.ofSeconds(5));
            for (CloudEvent<?> each : dead) {
                CloudEvent<?> failed = events.await(e -> each.id().equals(e.causationid()));
                assertThat(failed.type()).isEqualTo(EventType.PLAN_FAILED);
                assertThat(failed.dataAs(PlanFailed.class).reason()).contains("did not answer");
            }
        } finally {
            for (ServerSocket socket : silent) {
                socket.close();
            }
        }
    }

    @Test
    void aClusterThatDidNotAnswerFailsTheNextPlanAtOnceNamingTheReasonAndTheRetryTime() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress())) {
            String cluster = "127.0.0.1:" + socket.getLocalPort();
            Manifest first = Manifests.manifest(project + "c1", project, "dev", cluster, List.of(),
                    List.of(topic(t("orders"), 1, Map.of())));
            CloudEvent<?> compiled = Events.compiled(first);
            events.publish(compiled);
            assertThat(events.await(e -> compiled.id().equals(e.causationid())).type())
                    .isEqualTo(EventType.PLAN_FAILED);

            Manifest second = Manifests.manifest(project + "c2", project, "dev", cluster, List.of(),
                    List.of(topic(t("orders"), 2, Map.of())));
            CloudEvent<?> again = Events.compiled(second);
            events.publish(again);
            CloudEvent<?> failed = events.await(e -> again.id().equals(e.causationid()));

            assertThat(failed.type()).isEqualTo(EventType.PLAN_FAILED);
            assertThat(failed.dataAs(PlanFailed.class).reason()).contains("Kafka at " + cluster + " did not answer")
                    .contains("not tried again before");
        }
    }

    @Test
    void twoProjectsOnTwoClustersMayOwnTheSameTopicNameButNotOnOne() throws Exception {
        String shared = t("shared.orders");
        ChangeSet first = compiledAndPlanned(manifest("east", topic(shared, 1, Map.of())));
        deploy(first);

        try (InJvmKafkaBroker west = InJvmKafkaBroker.start()) {
            String other = project + "-west";
            Manifest onWest = Manifests.manifest(other + "v1", other, "dev", west.bootstrapServers(), List.of(),
                    List.of(topic(shared, 1, Map.of())));
            ChangeSet westPlan = compiledAndPlanned(onWest);
            assertThat(change(westPlan, shared).action()).as("another cluster: free to create")
                    .isEqualTo(ChangeAction.CREATE);
        }
        String third = project + "-same";
        Manifest onSame = Manifests.manifest(third + "v1", third, "dev", bootstrapServers, List.of(),
                List.of(topic(shared, 1, Map.of())));
        ChangeSet samePlan = compiledAndPlanned(onSame);
        assertThat(change(samePlan, shared).action()).isEqualTo(ChangeAction.BLOCKED);
        assertThat(change(samePlan, shared).reason()).contains("managed by project '" + project + "'");
    }

    @Test
    void aManifestByReferenceIsFetchedCheckedAndPlannedAlsoWhenTheCompilerAnswersOnlyLater() throws Exception {
        Manifest manifest = manifest("byref", topic(t("orders"), 1, Map.of()));
        byte[] body = StreamtJson.toBytes(manifest);
        AtomicBoolean compilerUp = new AtomicBoolean(false);
        AtomicInteger asked = new AtomicInteger();
        HttpServer compiler = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        compiler.createContext("/api/v1/manifests/", exchange -> {
            asked.incrementAndGet();
            if (compilerUp.get()) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(503, -1);
            }
            exchange.close();
        });
        compiler.start();
        try {
            String url = "http://127.0.0.1:" + compiler.getAddress().getPort() + "/api/v1/manifests/" + manifest.id();
            CloudEvent<?> compiled = CloudEvent.initial(EventType.MANIFEST_COMPILED, "/streamt/compiler-service",
                    Subject.of(project, "dev"), ManifestCompiled.byReference(
                            new ManifestRef(manifest.id(), body.length, Sha256.hex(body), url), null));
            events.publish(compiled);

            await().atMost(Duration.ofSeconds(30)).until(() -> asked.get() >= 2);
            compilerUp.set(true);

            CloudEvent<?> planned = events.await(e -> compiled.id().equals(e.causationid()));
            assertThat(planned.type()).isEqualTo(EventType.CHANGESET_PLANNED);
            assertThat(planned.dataAs(ChangeSetPlanned.class).changeSet().manifestId()).isEqualTo(manifest.id());
        } finally {
            compiler.stop(0);
        }
    }
}
