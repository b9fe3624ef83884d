package dev.streamt.planner.target.kafka;

import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.planner.core.TargetUnavailableException;
import dev.streamt.runtime.secrets.KafkaClientProperties;
import dev.streamt.runtime.secrets.Placeholders;
import dev.streamt.runtime.secrets.UnresolvedPlaceholderException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;

/**
 * One Admin client per project cluster, kept open between plans (opening one costs a metadata round trip and a
 * thread). Keyed by the resolved connection properties, so a rotated secret gets a new client. Resolved values stay in
 * this map and the clients' configuration: they are never logged or returned.
 *
 * <p>Lifecycle: one per service; {@link #close()} on shutdown closes every client. Thread-safe.
 */
public final class KafkaAdmins implements AutoCloseable {

    private final Placeholders placeholders;
    private final Duration timeout;
    private final Map<Map<String, Object>, Admin> admins = new ConcurrentHashMap<>();

    public KafkaAdmins(Placeholders placeholders, Duration timeout) {
        this.placeholders = placeholders;
        this.timeout = timeout;
    }

    /**
     * The metadata reader of a project's cluster.
     *
     * @throws TargetUnavailableException when a {@code ${VAR}} of the connection is not set, or the client cannot
     *                                    be created (no resolvable bootstrap address)
     */
    public TopicMetadata metadata(KafkaConnection connection) {
        Map<String, Object> properties;
        try {
            properties = KafkaClientProperties.of(connection, placeholders);
        } catch (UnresolvedPlaceholderException e) {
            throw new TargetUnavailableException("cannot connect to the project's Kafka (runtime.kafka): "
                    + e.getMessage(), e.variables(), null);
        }
        try {
            Admin admin = admins.computeIfAbsent(properties, this::open);
            return new AdminTopicMetadata(admin, timeout, () -> discard(properties, admin));
        } catch (KafkaException e) {
            throw new TargetUnavailableException("cannot connect to the project's Kafka at "
                    + connection.bootstrapServers() + ": " + e.getMessage(), null);
        }
    }

    /** Drops and closes a client whose cluster did not answer; the next plan opens a fresh one. */
    private void discard(Map<String, Object> properties, Admin admin) {
        if (admins.remove(properties, admin)) {
            admin.close(Duration.ZERO);
        }
    }

    private Admin open(Map<String, Object> properties) {
        Map<String, Object> config = new HashMap<>(properties);
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "streamt-planner");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
        return Admin.create(config);
    }

    @Override
    public void close() {
        admins.values().forEach(admin -> admin.close(Duration.ofSeconds(5)));
        admins.clear();
    }
}
