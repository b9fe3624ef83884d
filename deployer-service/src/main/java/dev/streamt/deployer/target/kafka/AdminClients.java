package dev.streamt.deployer.target.kafka;

import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.runtime.secrets.KafkaClientProperties;
import dev.streamt.runtime.secrets.Placeholders;
import dev.streamt.runtime.secrets.UnresolvedPlaceholderException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * One Kafka {@link Admin} client per project cluster, keyed by its resolved client properties: placeholders are
 * resolved on every lookup, just before use, so a rotated secret (other resolved properties) gets a new client while
 * the same cluster keeps reusing its connections. The resolved properties live only in this in-memory map and in the
 * clients' configuration.
 *
 * <p>Lifecycle: one instance for the process, {@link #close()}d on shutdown (it closes every client; lookups after
 * that fail). The cache is not bounded: a deployer talks to a handful of clusters. Threading: thread-safe; {@link Admin}
 * clients are themselves thread-safe and shared by concurrent deployments.
 */
public final class AdminClients implements AutoCloseable {

    /** One request's wait for a broker: long enough for a 9,000-record CreateTopics on a busy controller. */
    static final int REQUEST_TIMEOUT_MS = 20_000;
    /** A whole call, retries included: an unreachable cluster fails its steps after this, rather than hanging. */
    static final int API_TIMEOUT_MS = 30_000;

    private static final AtomicInteger CLIENT_IDS = new AtomicInteger();

    private final Map<Map<String, Object>, Admin> clients = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * The client for {@code connection}, its placeholders resolved by {@code placeholders} now.
     *
     * @throws UnresolvedPlaceholderException when a variable of the connection is not set (the message names it)
     * @throws org.apache.kafka.common.KafkaException when the properties cannot make a client (may hold resolved
     *         values: scrub before showing it)
     */
    public Admin forCluster(KafkaConnection connection, Placeholders placeholders) {
        Map<String, Object> properties = KafkaClientProperties.of(connection, placeholders);
        if (closed) {
            throw new IllegalStateException("the admin clients are closed");
        }
        // Admin.create only starts the client's thread (no network call), so it is fine inside computeIfAbsent.
        Admin admin = clients.computeIfAbsent(properties, AdminClients::create);
        if (closed) {
            // close() ran while this client was made: it must not outlive the process's shutdown.
            close();
            throw new IllegalStateException("the admin clients are closed");
        }
        return admin;
    }

    /** Closes every client. Idempotent. */
    @Override
    public void close() {
        closed = true;
        clients.values().forEach(Admin::close);
        clients.clear();
    }

    /** How many clients are open (one per distinct resolved property set). */
    int size() {
        return clients.size();
    }

    static Map<String, Object> clientConfig(Map<String, Object> resolved) {
        Map<String, Object> config = new TreeMap<>(resolved);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, API_TIMEOUT_MS);
        // A client id of our own: Kafka puts it in its log lines and metrics, where a resolved value must never go.
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "streamt-deployer-" + CLIENT_IDS.incrementAndGet());
        return config;
    }

    private static Admin create(Map<String, Object> resolved) {
        return Admin.create(clientConfig(resolved));
    }
}
