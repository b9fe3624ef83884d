package dev.streamt.compiler.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.StreamtTopic;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.CompileRequested;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.events.payload.ManifestRef;
import dev.streamt.contracts.json.Sha256;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.testkit.EmbeddedPostgresDatabase;
import dev.streamt.testkit.InJvmKafkaBroker;
import dev.streamt.testkit.events.CommandSender;
import dev.streamt.testkit.events.EventRecorder;
import dev.streamt.testkit.projects.GeneratedProjects;
import dev.streamt.testkit.service.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged compiler-service as its own JVM, killed (SIGKILL) and started again: manifests and their history survive,
 * a command redelivered after the crash is not compiled twice, and commands sent after the restart are answered.
 */
class CompilerProcessIT {

    private static final Subject PAYMENTS = Subject.of("payments", null);
    /** Manifests above this travel by reference in this test (the default is 4 MiB). */
    private static final int INLINE_LIMIT = 512 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static InJvmKafkaBroker broker;
    private static EmbeddedPostgresDatabase db;
    private static ServiceProcess compiler;
    private static EventRecorder events;
    private static CommandSender commands;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        broker = InJvmKafkaBroker.start();
        db = EmbeddedPostgresDatabase.start();
        compiler = ServiceProcess.start(Path.of("").toAbsolutePath(), broker.bootstrapServers(), db,
                Map.of("streamt.compiler.manifests.inline-limit-bytes", Integer.toString(INLINE_LIMIT)));
        events = EventRecorder.of(broker.bootstrapServers(), StreamtTopic.MANIFEST_EVENTS);
        commands = new CommandSender(broker.bootstrapServers());
    }

    @AfterAll
    static void stop() throws Exception {
        if (events != null) {
            events.close();
        }
        if (commands != null) {
            commands.close();
        }
        if (compiler != null) {
            compiler.close();
        }
        if (db != null) {
            db.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void manifestsAndTheirHistorySurviveACrashAndNoCommandIsCompiledTwice() throws Exception {
        JsonNode compiled = post("/api/v1/compile", Examples.payments());
        String manifestId = compiled.path("manifest").path("id").asText();

        CloudEvent<CompileRequested> command = CloudEvent.initial(EventType.COMPILE_REQUESTED, "/tests", PAYMENTS,
                new CompileRequested("payments", Examples.paymentsFiles(), null, Map.of(), "ci"));
        commands.send(command);
        CloudEvent<?> answer = events.await(EventRecorder.causedBy(command.id()));
        assertThat(answer.type()).isEqualTo(EventType.MANIFEST_COMPILED);
        assertThat(answer.correlationid()).isEqualTo(command.correlationid());
        assertThat(answer.dataAs(ManifestCompiled.class).manifestId()).isEqualTo(manifestId);

        compiler.kill();
        commands.send(command);
        compiler.restart();

        assertThat(get("/api/v1/projects/payments/manifests/latest").path("id").asText()).isEqualTo(manifestId);
        CloudEvent<CompileRequested> after = CloudEvent.initial(EventType.COMPILE_REQUESTED, "/tests", PAYMENTS,
                new CompileRequested("payments", Examples.paymentsFiles(), null, Map.of(), "ci"));
        commands.send(after);
        events.await(EventRecorder.causedBy(after.id()));

        JsonNode history = get("/api/v1/projects/payments/manifests");
        assertThat(history).hasSize(3);
        assertThat(events.events(EventRecorder.causedBy(command.id()))).hasSize(1);
    }

    @Test
    void aManifestAboveTheInlineLimitTravelsByReferenceToItsExactBytes() throws Exception {
        JsonNode compiled = post("/api/v1/compile", chain("big_chain", 400));
        String manifestId = compiled.path("manifest").path("id").asText();

        CloudEvent<?> event = events.await(e -> e.type() == EventType.MANIFEST_COMPILED
                && e.subject().project().equals("big_chain"));
        ManifestCompiled data = event.dataAs(ManifestCompiled.class);

        assertThat(data.manifest()).as("not inline").isNull();
        ManifestRef ref = data.manifestRef();
        assertThat(ref.id()).isEqualTo(manifestId);
        assertThat(ref.sizeBytes()).isGreaterThan(INLINE_LIMIT);
        assertThat(ref.url()).startsWith(compiler.baseUrl() + "/api/v1/manifests/");
        HttpResponse<byte[]> fetched = http.send(HttpRequest.newBuilder(URI.create(ref.url())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).hasSize((int) ref.sizeBytes());
        assertThat(Sha256.hex(fetched.body())).isEqualTo(ref.sha256());
        Manifest manifest = StreamtJson.fromJson(fetched.body(), Manifest.class);
        assertThat(manifest.id()).isEqualTo(manifestId);
        assertThat(manifest.models()).hasSize(400);

        HttpResponse<String> otherCompile = http.send(HttpRequest.newBuilder(URI.create(compiler.baseUrl()
                + "/api/v1/manifests/" + manifestId.replace(":", "%3A") + "?compiled_at=2001-01-01T00:00:00Z"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(otherCompile.statusCode()).as("a compile that never happened").isEqualTo(404);
    }

    @Test
    void anEventTheBrokerRefusesForGoodIsParkedAndTheEventsBehindItStillArrive() throws Exception {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, StreamtTopic.MANIFEST_EVENTS.topicName());
        try (Admin admin = broker.createAdmin()) {
            // zstd shrinks these manifests about 50 times: a one-model event is about 1.5 KB on the wire and fits,
            // a 150-model one (350 KB of JSON, inline) is about 10 KB and does not.
            admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                    new ConfigEntry("max.message.bytes", "4000"), AlterConfigOp.OpType.SET)))).all().get();
            try {
                post("/api/v1/compile", chain("refused_chain", 150));
                post("/api/v1/compile", chain("after_refused", 1));

                CloudEvent<?> after = events.await(e -> e.type() == EventType.MANIFEST_COMPILED
                        && e.subject().project().equals("after_refused"));
                assertThat(after.dataAs(ManifestCompiled.class).manifest().models()).hasSize(1);
                assertThat(events.events(e -> e.subject().project().equals("refused_chain"))).isEmpty();
                assertThat(text("/q/metrics")).containsPattern("streamt_outbox_parked_total(\\{[^}]*\\})? 1\\.0");
                JsonNode outbox = null;
                for (JsonNode check : JSON.readTree(text("/q/health/ready")).path("checks")) {
                    if (check.path("name").asText().equals("streamt-outbox")) {
                        outbox = check.path("data");
                    }
                }
                assertThat(outbox).isNotNull();
                assertThat(outbox.path("parked").asLong()).isEqualTo(1);
                assertThat(outbox.path("last_parked_type").asText()).isEqualTo("dev.streamt.manifest.compiled.v1");
                assertThat(outbox.path("last_parked_reason").asText()).contains("too large");
            } finally {
                admin.incrementalAlterConfigs(Map.of(topic, List.of(new AlterConfigOp(
                        new ConfigEntry("max.message.bytes", ""), AlterConfigOp.OpType.DELETE)))).all().get();
            }
        }
    }

    private static String chain(String name, int models) {
        return GeneratedProjects.chain(name, models, "localhost:9092");
    }

    private String text(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(compiler.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.body();
    }

    private JsonNode post(String path, String yaml) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(compiler.baseUrl() + path))
                .header("Content-Type", "application/yaml").POST(HttpRequest.BodyPublishers.ofString(yaml)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(compiler.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }



}
