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
import dev.streamt.testkit.EmbeddedPostgresDatabase;
import dev.streamt.testkit.InJvmKafkaBroker;
import dev.streamt.testkit.events.CommandSender;
import dev.streamt.testkit.events.EventRecorder;
import dev.streamt.testkit.service.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged compiler-service as its own JVM, killed (SIGKILL) and started again: manifests and their history survive,
 * a command redelivered after the crash is not compiled twice, and commands sent after the restart are answered.
 */
class CompilerRestartIT {

    private static final Subject PAYMENTS = Subject.of("payments", null);
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
        compiler = ServiceProcess.start(Path.of("").toAbsolutePath(), broker.bootstrapServers(), db, Map.of());
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
        assertThat(answer.dataAs(ManifestCompiled.class).manifest().id()).isEqualTo(manifestId);

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
