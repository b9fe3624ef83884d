package dev.streamt.e2e;

import dev.streamt.testkit.EmbeddedPostgresDatabase;
import dev.streamt.testkit.InJvmKafkaBroker;
import dev.streamt.testkit.events.CommandSender;
import dev.streamt.testkit.events.EventRecorder;
import dev.streamt.testkit.service.ServiceProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The platform as it runs in production, on one machine: one real Kafka broker, one real PostgreSQL (a schema per
 * service) and the packaged services, each in its own JVM, started side by side. Also the test's own view of it: a
 * recorder of every streamt topic from the beginning and a sender of commands. Start once per test class; close once.
 */
final class Platform implements AutoCloseable {

    /** The services an end-to-end test can start, by module. */
    enum Service {
        // The compiler gets what a 10,000-model project needs, as on the local stack (compiler-service/README.md).
        COMPILER("compiler-service", "-Xmx1g"),
        PLANNER("planner-service", "-Xmx512m"),
        DEPLOYER("deployer-service", "-Xmx512m"),
        LINEAGE("lineage-service", "-Xmx512m");

        private final String module;
        private final List<String> jvmOptions;

        Service(String module, String... jvmOptions) {
            this.module = module;
            this.jvmOptions = List.of(jvmOptions);
        }

        Path moduleDir() {
            return Path.of("..", module).toAbsolutePath().normalize();
        }
    }

    private final InJvmKafkaBroker broker;
    private final EmbeddedPostgresDatabase db;
    private final Map<Service, ServiceProcess> services = new EnumMap<>(Service.class);
    private final EventRecorder events;
    private final CommandSender commands;

    private Platform(InJvmKafkaBroker broker, EmbeddedPostgresDatabase db) {
        this.broker = broker;
        this.db = db;
        this.events = EventRecorder.ofAll(broker.bootstrapServers());
        this.commands = new CommandSender(broker.bootstrapServers());
    }

    /**
     * Starts the broker, the database and the given services (in parallel, each with {@code systemProperties} and the
     * {@code environment} variables its {@code ${VAR}} placeholders may need) and waits until all are ready.
     */
    static Platform start(List<Service> wanted, Map<String, String> systemProperties, Map<String, String> environment)
            throws Exception {
        Platform platform = new Platform(InJvmKafkaBroker.start(), EmbeddedPostgresDatabase.start());
        try {
            ExecutorService starter = Executors.newFixedThreadPool(wanted.size());
            try {
                List<Future<ServiceProcess>> started = new ArrayList<>();
                for (Service service : wanted) {
                    started.add(starter.submit(() -> ServiceProcess.start(service.moduleDir(),
                            platform.broker.bootstrapServers(), platform.db, systemProperties, environment,
                            service.jvmOptions)));
                }
                for (int i = 0; i < wanted.size(); i++) {
                    platform.services.put(wanted.get(i), started.get(i).get());
                }
            } finally {
                starter.shutdown();
            }
            return platform;
        } catch (Exception | Error e) {
            platform.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    EmbeddedPostgresDatabase database() {
        return db;
    }

    ServiceProcess service(Service service) {
        ServiceProcess process = services.get(service);
        if (process == null) {
            throw new IllegalStateException(service + " was not started by this test");
        }
        return process;
    }

    EventRecorder events() {
        return events;
    }

    CommandSender commands() {
        return commands;
    }

    @Override
    public void close() throws Exception {
        commands.close();
        events.close();
        for (ServiceProcess service : services.values()) {
            service.close();
        }
        db.close();
        broker.close();
    }
}
