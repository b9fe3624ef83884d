package dev.streamt.runtime.clusters;

import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.runtime.secrets.KafkaClientProperties;
import dev.streamt.runtime.secrets.Placeholders;
import dev.streamt.runtime.secrets.UnresolvedPlaceholderException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.jboss.logging.Logger;

/**
 * The Kafka {@link Admin} clients of the projects' clusters, shared by everything in a service that reads or writes
 * them (the planner's collectors, the deployer's executors). One client per resolved connection: placeholders are
 * resolved on every lookup, just before use, so a rotated secret gets a new client, and the client of the old value is
 * closed once no declared connection resolves to it any more. Every client has the same configured timeouts.
 *
 * <p>Each cluster has a circuit ({@link ClusterCircuits}): a caller that saw the cluster not answer reports it with
 * {@link #unreachable}, and lookups then fail at once with {@link ClusterUnavailableException} (the reason and when the
 * next attempt is allowed) instead of every plan or step waiting out the full timeout. The first lookup after the
 * open period goes through; {@link #answered} closes the circuit.
 *
 * <p>Resolved properties live only in this in-memory map and the clients' configuration; messages name the declared
 * (placeholder) form of a connection. Lifecycle: one instance per process, {@link #close()}d on shutdown. Threading:
 * thread-safe; clients are themselves thread-safe and shared by concurrent callers.
 */
public final class AdminClients implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AdminClients.class);
    private static final AtomicInteger CLIENT_IDS = new AtomicInteger();
    private static final Duration ROTATED_CLIENT_GRACE = Duration.ofSeconds(30);

    private final String clientIdPrefix;
    private final ClusterTimeouts timeouts;
    private final ClusterCircuits circuits;
    private final Map<Map<String, Object>, Admin> clients = new ConcurrentHashMap<>();
    /** What each declared connection resolved to last: tells a rotated secret from a second cluster. */
    private final Map<KafkaConnection, Map<String, Object>> lastResolved = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param clientIdPrefix the start of every client's id (Kafka logs it; it never holds a resolved value)
     */
    public AdminClients(String clientIdPrefix, ClusterTimeouts timeouts, Clock clock) {
        this.clientIdPrefix = clientIdPrefix;
        this.timeouts = timeouts;
        this.circuits = new ClusterCircuits(timeouts.circuitOpenFor(), clock);
    }

    public AdminClients(String clientIdPrefix, ClusterTimeouts timeouts) {
        this(clientIdPrefix, timeouts, Clock.systemUTC());
    }

    /** The timeouts every client of this cache has. */
    public ClusterTimeouts timeouts() {
        return timeouts;
    }

    /**
     * The client for {@code connection}, its placeholders resolved by {@code placeholders} now.
     *
     * @throws UnresolvedPlaceholderException when a variable of the connection is not set (the message names it)
     * @throws ClusterUnavailableException    when the cluster did not answer a moment ago (its circuit is open)
     * @throws org.apache.kafka.common.KafkaException when the properties cannot make a client (may hold resolved
     *         values: scrub before showing it)
     */
    public Admin forCluster(KafkaConnection connection, Placeholders placeholders) {
        Map<String, Object> properties = KafkaClientProperties.of(connection, placeholders);
        if (closed) {
            throw new IllegalStateException("the admin clients are closed");
        }
        circuits.check(properties, connection.bootstrapServers());
        // Admin.create only starts the client's thread (no network call), so it is fine inside computeIfAbsent.
        Admin admin = clients.computeIfAbsent(properties, this::create);
        Map<String, Object> previous = lastResolved.put(connection, properties);
        if (previous != null && !previous.equals(properties)) {
            closeIfUnused(previous);
        }
        if (closed) {
            // close() ran while this client was made: it must not outlive the process's shutdown.
            close();
            throw new IllegalStateException("the admin clients are closed");
        }
        return admin;
    }

    /**
     * Opens the circuit of {@code connection}'s cluster: it did not answer within the timeout (or refused to connect).
     * Also drops its client, which would otherwise keep reconnecting and logging in the background.
     */
    public void unreachable(KafkaConnection connection, Placeholders placeholders, String reason) {
        Map<String, Object> properties = resolvedOrNull(connection, placeholders);
        if (properties == null) {
            return;
        }
        circuits.open(properties, reason);
        Admin admin = clients.remove(properties);
        if (admin != null) {
            admin.close(Duration.ZERO);
        }
    }

    /** Closes the circuit of {@code connection}'s cluster: it answered. */
    public void answered(KafkaConnection connection, Placeholders placeholders) {
        Map<String, Object> properties = resolvedOrNull(connection, placeholders);
        if (properties != null) {
            circuits.close(properties);
        }
    }

    /** Closes every client. Idempotent. */
    @Override
    public void close() {
        closed = true;
        clients.values().forEach(admin -> admin.close(Duration.ofSeconds(5)));
        clients.clear();
        lastResolved.clear();
    }

    /** How many clients are open (one per distinct resolved property set). */
    public int size() {
        return clients.size();
    }

    private static Map<String, Object> resolvedOrNull(KafkaConnection connection, Placeholders placeholders) {
        try {
            return KafkaClientProperties.of(connection, placeholders);
        } catch (UnresolvedPlaceholderException e) {
            return null;
        }
    }

    /** The client of a secret's old value, once no declared connection resolves to it: closed after a grace. */
    private void closeIfUnused(Map<String, Object> stale) {
        if (lastResolved.containsValue(stale)) {
            return;
        }
        Admin admin = clients.remove(stale);
        if (admin != null) {
            LOG.debugf("closing an admin client whose connection now resolves differently (a rotated secret)");
            // Calls already made on it may still be running: let them finish, off the caller's thread.
            Thread closer = new Thread(() -> admin.close(ROTATED_CLIENT_GRACE), clientIdPrefix + "-rotated-close");
            closer.setDaemon(true);
            closer.start();
        }
    }

    Map<String, Object> clientConfig(Map<String, Object> resolved) {
        Map<String, Object> config = new TreeMap<>(resolved);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis(timeouts.requestTimeout()));
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis(timeouts.apiTimeout()));
        // A client id of our own: Kafka puts it in its log lines and metrics, where a resolved value must never go.
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientIdPrefix + "-" + CLIENT_IDS.incrementAndGet());
        return config;
    }

    private Admin create(Map<String, Object> resolved) {
        return Admin.create(clientConfig(resolved));
    }

    private static int millis(Duration duration) {
        return (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
    }
}
