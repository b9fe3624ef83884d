package dev.streamt.e2e;

import static dev.streamt.testkit.events.EventRecorder.causedBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.ApplyRequested;
import dev.streamt.contracts.events.payload.ChangeSetPlanned;
import dev.streamt.contracts.events.payload.CompileRequested;
import dev.streamt.contracts.events.payload.DeploymentStarted;
import dev.streamt.contracts.events.payload.DeploymentSucceeded;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.TopicArtifact;
import dev.streamt.e2e.Platform.Service;
import dev.streamt.testkit.projects.GeneratedProjects;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example project through the whole platform the way automation drives it — only Kafka commands and events — with
 * every service in its own JVM: compile command → ManifestCompiled → ChangeSetPlanned → apply command → deployment
 * events → the topics in Kafka → lineage answers with the deployment's outcome. One correlation id runs through all
 * of it, and every event names the event or command that caused it.
 */
class CorrelatedFlowIT {

    private static final Subject PAYMENTS = Subject.of("payments", null);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Platform platform;

    @BeforeAll
    static void start() throws Exception {
        platform = Platform.start(List.of(Service.COMPILER, Service.PLANNER, Service.DEPLOYER, Service.LINEAGE),
                Map.of(), Map.of());
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void oneCorrelationIdRunsFromTheCompileCommandToLineage() throws Exception {
        CloudEvent<CompileRequested> compile = platform.commands().send(CloudEvent.initial(
                EventType.COMPILE_REQUESTED, "/automation", PAYMENTS,
                new CompileRequested("payments", paymentsExample(), null, Map.of(), "platform-bot")));
        String correlation = compile.correlationid();

        CloudEvent<?> compiled = platform.events().await(causedBy(compile.id()));
        assertThat(compiled.type()).as("%s", compiled.data()).isEqualTo(EventType.MANIFEST_COMPILED);
        Manifest manifest = compiled.dataAs(ManifestCompiled.class).manifest();
        CloudEvent<?> planned = platform.events().await(causedBy(compiled.id()));
        assertThat(planned.type()).as("%s", planned.data()).isEqualTo(EventType.CHANGESET_PLANNED);
        ChangeSet changeSet = planned.dataAs(ChangeSetPlanned.class).changeSet();
        assertThat(changeSet.manifestId()).isEqualTo(manifest.id());
        assertThat(changeSet.summary().create()).isEqualTo(manifest.artifacts().topics().size());

        CloudEvent<ApplyRequested> apply = platform.commands().send(CloudEvent.causedBy(planned,
                EventType.APPLY_REQUESTED, "/automation", new ApplyRequested(changeSet.id(), false, "platform-bot")));
        CloudEvent<?> started = platform.events().await(causedBy(apply.id()));
        assertThat(started.type()).as("%s", started.data()).isEqualTo(EventType.DEPLOYMENT_STARTED);
        String deploymentId = started.dataAs(DeploymentStarted.class).deployment().id();
        CloudEvent<?> succeeded = platform.events().await(e -> e.type() == EventType.DEPLOYMENT_SUCCEEDED
                && e.dataAs(DeploymentSucceeded.class).deployment().id().equals(deploymentId));

        List<CloudEvent<?>> flow = platform.events().events(e -> correlation.equals(e.correlationid()));
        assertThat(flow).extracting(CloudEvent::type).containsSubsequence(EventType.COMPILE_REQUESTED,
                EventType.MANIFEST_COMPILED, EventType.CHANGESET_PLANNED, EventType.APPLY_REQUESTED,
                EventType.DEPLOYMENT_STARTED, EventType.DEPLOYMENT_SUCCEEDED);
        assertThat(flow).filteredOn(e -> e.type() == EventType.DEPLOYMENT_STEP_SUCCEEDED)
                .hasSize(changeSet.summary().create());
        assertThat(flow).allSatisfy(event -> assertThat(event.subject()).isEqualTo(PAYMENTS));
        assertEveryCauseIsEarlierInTheFlow(flow);
        assertThat(succeeded.correlationid()).isEqualTo(correlation);

        try (LiveTopics live = new LiveTopics(platform.bootstrapServers())) {
            for (TopicArtifact topic : manifest.artifacts().topics()) {
                assertThat(live.partitions(topic.name())).as(topic.name()).isEqualTo(topic.partitions());
            }
        }

        JsonNode clean = lineageNode("model.payments_clean");
        assertThat(clean.path("topic").asText()).isEqualTo("payments.clean.v1");
        assertThat(clean.path("status").path("deployment").path("status").asText()).isEqualTo("succeeded");
        assertThat(clean.path("status").path("deployment").path("deployment_id").asText()).isEqualTo(deploymentId);
    }

    @Test
    void aTenThousandModelProjectTravelsByReferenceAndLeavesEveryoneElseMoving() throws Exception {
        Subject big = Subject.of("chain10k", null);
        CloudEvent<CompileRequested> compile = platform.commands().send(CloudEvent.initial(
                EventType.COMPILE_REQUESTED, "/automation", big,
                new CompileRequested("chain10k", chain("chain10k", 10_000), null, Map.of(), "platform-bot")));

        CloudEvent<?> compiled = platform.events().await(causedBy(compile.id()));
        assertThat(compiled.type()).as("%s", compiled.data()).isEqualTo(EventType.MANIFEST_COMPILED);
        ManifestCompiled data = compiled.dataAs(ManifestCompiled.class);
        assertThat(data.manifest()).as("33 MB do not travel inside an event").isNull();
        assertThat(data.manifestRef().sizeBytes()).isGreaterThan(4L << 20);

        // Another project compiled after it is answered at once, whatever the planner and lineage still do with it.
        CloudEvent<CompileRequested> small = platform.commands().send(CloudEvent.initial(
                EventType.COMPILE_REQUESTED, "/automation", Subject.of("after_big", null),
                new CompileRequested("after_big", chain("after_big", 3), null, Map.of(), "platform-bot")));
        long sent = System.nanoTime();
        CloudEvent<?> smallCompiled = platform.events().await(causedBy(small.id()));
        CloudEvent<?> smallPlanned = platform.events().await(causedBy(smallCompiled.id()));
        assertThat(smallPlanned.type()).isEqualTo(EventType.CHANGESET_PLANNED);
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("the other project's compile and plan")
                .isLessThan(Duration.ofSeconds(15));

        CloudEvent<?> planned = platform.events().await(causedBy(compiled.id()));
        assertThat(planned.type()).as("%s", planned.data()).isEqualTo(EventType.CHANGESET_PLANNED);
        ChangeSet changeSet = planned.dataAs(ChangeSetPlanned.class).changeSet();
        assertThat(changeSet.manifestId()).isEqualTo(data.manifestId());
        assertThat(changeSet.summary().create()).isGreaterThanOrEqualTo(10_000);

        HttpClient http = HttpClient.newHttpClient();
        String url = platform.service(Service.LINEAGE).baseUrl()
                + "/api/v1/projects/chain10k/lineage?format=json&node=model.m9999&direction=upstream&depth=2";
        JsonNode[] lineage = new JsonNode[1];
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            lineage[0] = response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
            return lineage[0] != null;
        });
        List<String> ids = new java.util.ArrayList<>();
        lineage[0].path("nodes").forEach(node -> ids.add(node.path("id").asText()));
        assertThat(ids).contains("model.m9999", "model.m9998", "model.m9997");
    }

    /** A generated project of {@code models} models on this test's broker. */
    private static Map<String, String> chain(String name, int models) {
        return Map.of("stream_project.yml", GeneratedProjects.chain(name, models, platform.bootstrapServers()));
    }

    private static void assertEveryCauseIsEarlierInTheFlow(List<CloudEvent<?>> flow) {
        Set<String> seen = new HashSet<>();
        for (CloudEvent<?> event : flow) {
            if (event.causationid() != null) {
                assertThat(seen).as("the cause of %s %s", event.type(), event.id()).contains(event.causationid());
            }
            seen.add(event.id());
        }
    }

    /** The node as lineage-service answers for it, once the deployment's outcome has reached it. */
    private static JsonNode lineageNode(String id) {
        HttpClient http = HttpClient.newHttpClient();
        String url = platform.service(Service.LINEAGE).baseUrl() + "/api/v1/projects/payments/lineage?format=json";
        JsonNode[] found = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return false;
            }
            for (JsonNode node : JSON.readTree(response.body()).path("nodes")) {
                if (id.equals(node.path("id").asText())
                        && "succeeded".equals(node.path("status").path("deployment").path("status").asText())) {
                    found[0] = node;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** The example project as a user has it, pointed at this test's broker. */
    private static Map<String, String> paymentsExample() throws Exception {
        String yaml = Files.readString(Path.of("..", "examples", "payments", "stream_project.yml"));
        assertThat(yaml).contains("bootstrap_servers: localhost:19092");
        return Map.of("stream_project.yml", yaml.replace("bootstrap_servers: localhost:19092",
                "bootstrap_servers: " + platform.bootstrapServers()));
    }
}
