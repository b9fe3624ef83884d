package dev.streamt.planner.target.kafka;

import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.planner.core.TargetUnavailableException;
import dev.streamt.runtime.clusters.AdminClients;
import dev.streamt.runtime.clusters.ClusterUnavailableException;
import dev.streamt.runtime.secrets.Placeholders;
import dev.streamt.runtime.secrets.SecretScrubber;
import dev.streamt.runtime.secrets.UnresolvedPlaceholderException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaException;

/**
 * The topic collector's view of the shared {@link AdminClients}: a metadata reader per project cluster, whose failures
 * are {@link TargetUnavailableException}s that never quote a resolved value. A cluster that did not answer a moment ago
 * fails at once (its circuit is open), with the reason and when it will be asked again.
 *
 * <p>Lifecycle: the {@link AdminClients} belong to the caller, which closes them. Thread-safe.
 */
public final class KafkaAdmins {

    private final AdminClients clients;
    private final Placeholders placeholders;

    public KafkaAdmins(AdminClients clients, Placeholders placeholders) {
        this.clients = clients;
        this.placeholders = placeholders;
    }

    /**
     * The metadata reader of a project's cluster.
     *
     * @throws TargetUnavailableException when a {@code ${VAR}} of the connection is not set, the cluster's circuit is
     *                                    open, or the client cannot be created (no resolvable bootstrap address)
     */
    public TopicMetadata metadata(KafkaConnection connection) {
        SecretScrubber scrubber = SecretScrubber.of(placeholders, SecretScrubber.textsOf(connection));
        Admin admin;
        try {
            admin = clients.forCluster(connection, placeholders);
        } catch (UnresolvedPlaceholderException e) {
            throw new TargetUnavailableException("cannot connect to the project's Kafka (runtime.kafka): "
                    + e.getMessage(), e.variables(), null);
        } catch (ClusterUnavailableException e) {
            throw new TargetUnavailableException(e.getMessage(), null);
        } catch (KafkaException e) {
            throw new TargetUnavailableException("cannot connect to the project's Kafka at "
                    + connection.bootstrapServers() + ": " + scrubber.scrub(e.getMessage()), null);
        }
        return new AdminTopicMetadata(admin, clients.timeouts().apiTimeout(), scrubber,
                reason -> clients.unreachable(connection, placeholders, reason),
                () -> clients.answered(connection, placeholders));
    }
}
