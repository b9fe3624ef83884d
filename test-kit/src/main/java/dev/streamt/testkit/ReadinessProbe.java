package dev.streamt.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Waits until a broker in a child process answers an Admin {@code describeCluster} with at least one broker (KRaft
 * lists only registered, unfenced brokers). Stateless and thread-safe.
 */
final class ReadinessProbe {

    private static final long POLL_MILLIS = 200;

    private ReadinessProbe() {
    }

    /** The broker did not become ready; the message holds {@code {broker}} where the address belongs. */
    static final class NotReadyException extends Exception {
        NotReadyException(String message) {
            super(message);
        }
    }

    static void awaitReady(Process process, int brokerPort, Duration timeout) throws NotReadyException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Admin admin = null;
        try {
            while (true) {
                if (!process.isAlive()) {
                    throw new NotReadyException("Kafka broker process " + process.pid() + " exited with code "
                            + process.exitValue() + " before answering on {broker}");
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new NotReadyException("Kafka broker did not answer on {broker} within " + readable(timeout));
                }
                // Poll the port first: an Admin client against a closed port only logs connection warnings.
                if (portAccepts(brokerPort)) {
                    if (admin == null) {
                        admin = newAdmin(brokerPort);
                    }
                    if (hasBroker(admin)) {
                        return;
                    }
                }
                sleep(POLL_MILLIS);
            }
        } finally {
            if (admin != null) {
                admin.close(Duration.ofSeconds(5));
            }
        }
    }

    private static String readable(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }

    private static boolean portAccepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Admin newAdmin(int port) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port,
                AdminClientConfig.CLIENT_ID_CONFIG, "streamt-test-kit-readiness",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200));
    }

    private static boolean hasBroker(Admin admin) throws NotReadyException {
        try {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (InterruptedException e) {
            throw interrupted();
        } catch (Exception e) {
            // Not ready yet: the broker is still catching up with the metadata log.
            return false;
        }
    }

    private static void sleep(long millis) throws NotReadyException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            throw interrupted();
        }
    }

    private static NotReadyException interrupted() {
        Thread.currentThread().interrupt();
        return new NotReadyException("Interrupted while waiting for the Kafka broker on {broker}");
    }
}
