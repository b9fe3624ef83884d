package dev.streamt.deployer.it;

import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.events.StreamtTopic;
import dev.streamt.testkit.EmbeddedPostgresDatabase;
import dev.streamt.testkit.InJvmKafkaBroker;
import dev.streamt.testkit.service.ServiceProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * A broker, a PostgreSQL and the packaged deployer as its own JVM, as in production: for the restart, secrets and
 * benchmark runs. Start once, close once; not thread-safe.
 */
public final class Platform implements AutoCloseable {

    public final InJvmKafkaBroker broker;
    public final EmbeddedPostgresDatabase db;
    public final ServiceProcess deployer;
    public final Bus bus;
    private final HttpClient http = HttpClient.newHttpClient();

    private Platform(InJvmKafkaBroker broker, EmbeddedPostgresDatabase db, ServiceProcess deployer) {
        this.broker = broker;
        this.db = db;
        this.deployer = deployer;
        this.bus = new Bus(broker.bootstrapServers());
    }

    /** Starts everything; {@code settings} are system properties of the deployer, {@code environment} its variables. */
    public static Platform start(Map<String, String> settings, Map<String, String> environment) throws Exception {
        return start(settings, bootstrap -> environment);
    }

    /**
     * Starts everything, the deployer's environment made from the project cluster's address as
     * {@link #projectBootstrap} spells it.
     */
    public static Platform start(Map<String, String> settings,
            java.util.function.Function<String, Map<String, String>> environment) throws Exception {
        InJvmKafkaBroker broker = InJvmKafkaBroker.start();
        // The planner owns this topic; here no planner runs.
        broker.createTopic(StreamtTopic.CHANGESET_EVENTS.topicName(), 1);
        EmbeddedPostgresDatabase db = EmbeddedPostgresDatabase.start();
        ServiceProcess deployer = ServiceProcess.start(Path.of("").toAbsolutePath(), broker.bootstrapServers(), db,
                settings, environment.apply(projectBootstrap(broker.bootstrapServers())));
        return new Platform(broker, db, deployer);
    }

    /**
     * The test broker's address as a project would name its cluster: by IP, where the platform's own configuration
     * says {@code localhost}, so the two can be told apart in what the service writes.
     */
    public static String projectBootstrap(String bootstrapServers) {
        return bootstrapServers.replace("localhost", "127.0.0.1");
    }

    /** Publishes the change set as the planner would and waits until the deployer has stored it. */
    public void plan(ChangeSet changeSet) throws Exception {
        bus.send(Plans.planned(changeSet));
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> {
            try (Connection c = db.openConnection();
                    PreparedStatement s = c.prepareStatement("SELECT 1 FROM deployer.change_set WHERE id = ?")) {
                s.setString(1, changeSet.id());
                try (ResultSet r = s.executeQuery()) {
                    return r.next();
                }
            }
        });
    }

    /** GET on the deployer: status code and body. */
    public HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(deployer.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST of a JSON body on the deployer. */
    public HttpResponse<String> post(String path, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(deployer.baseUrl() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws Exception {
        bus.close();
        deployer.close();
        db.close();
        broker.close();
    }
}
