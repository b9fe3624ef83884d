package dev.streamt.testkit.local;

import java.io.IOException;
import dev.streamt.testkit.BrokerDefaults;
import dev.streamt.testkit.StdoutLogging;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;

import kafka.Kafka;
import kafka.tools.StorageTool;

/**
 * The Kafka broker of the local stack ({@code deploy/local/stack}): a real single-node KRaft broker (combined broker
 * and controller) on fixed ports whose data survive a restart.
 *
 * <p>Usage: {@code LocalKafka <directory> <broker-port> <controller-port>}. Writes
 * {@code <directory>/server.properties}, formats {@code <directory>/data} once (like {@code kafka-storage.sh format
 * --standalone}; a formatted directory is kept as is) and runs {@code kafka.Kafka} in this JVM until it gets SIGTERM,
 * which shuts the broker down cleanly. Logs go to standard output. Unlike the test kit's
 * {@code ChildProcessKafkaBroker}, it is not tied to a parent JVM and never deletes its data.
 */
public final class LocalKafka {

    private LocalKafka() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("Usage: LocalKafka <directory> <broker-port> <controller-port>");
            System.exit(2);
        }
        Path directory = Files.createDirectories(Path.of(args[0]).toAbsolutePath().normalize());
        int brokerPort = Integer.parseInt(args[1]);
        int controllerPort = Integer.parseInt(args[2]);
        StdoutLogging.install();

        Path data = directory.resolve("data");
        Path serverProperties = directory.resolve("server.properties");
        writeServerProperties(serverProperties, brokerPort, controllerPort, data);

        if (Files.exists(data.resolve("meta.properties"))) {
            System.out.println("Kafka storage already formatted in " + data + "; keeping its topics");
        } else {
            int formatted = StorageTool.execute(new String[] {
                "format", "--standalone", "--cluster-id", Uuid.randomUuid().toString(), "--config", serverProperties.toString()
            }, System.out);
            if (formatted != 0) {
                System.err.println("Formatting the Kafka storage in " + data + " failed with exit code " + formatted);
                System.exit(formatted);
            }
        }
        // Blocks until the broker shuts down (SIGTERM runs its shutdown hook), then exits the JVM itself.
        Kafka.main(new String[] {serverProperties.toString()});
    }

    static Properties settings(int brokerPort, int controllerPort, Path data) {
        Properties server = new Properties();
        server.putAll(BrokerDefaults.settings());
        // Single node, combined mode, only on localhost.
        server.put("process.roles", "broker,controller");
        server.put("node.id", "1");
        server.put("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
        server.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
        server.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        server.put("inter.broker.listener.name", "PLAINTEXT");
        server.put("controller.listener.names", "CONTROLLER");
        server.put("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
        server.put("log.dirs", data.toString());
        return server;
    }

    private static void writeServerProperties(Path file, int brokerPort, int controllerPort, Path data) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            settings(brokerPort, controllerPort, data).store(out, "Written by deploy/local/stack (LocalKafka) at every start");
        }
    }
}
