package dev.streamt.runtime.topics;

import dev.streamt.contracts.events.StreamtTopic;
import dev.streamt.runtime.config.StreamtRuntimeConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service owns (per the catalog in {@code contracts}) when they are missing. Runs in the
 * background from startup and retries until Kafka answers, so a service can start before its broker; until it has
 * succeeded the service is not ready. Topics that exist are never altered: their configuration is the operator's.
 */
@ApplicationScoped
public class TopicProvisioner {

    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);
    private static final int ADMIN_TIMEOUT_MS = 15_000;

    @Inject
    StreamtRuntimeConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private volatile boolean done;
    private volatile String lastError = "not attempted yet";
    private ScheduledExecutorService executor;

    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) StartupEvent event) {
        List<StreamtTopic> owned = ownedTopics();
        if (!config.topics().create() || owned.isEmpty()) {
            done = true;
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "streamt-topic-provisioner");
            t.setDaemon(true);
            return t;
        });
        executor.execute(() -> provisionUntilDone(owned));
    }

    void stop(@Observes ShutdownEvent event) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** The topics of the catalog this service owns. */
    public List<StreamtTopic> ownedTopics() {
        return StreamtTopic.ownedBy(config.service().name());
    }

    /** Whether every owned topic is known to exist. */
    public boolean isDone() {
        return done;
    }

    /** Why the owned topics are not there yet; meaningful while {@link #isDone()} is false. */
    public String lastError() {
        return lastError;
    }

    private void provisionUntilDone(List<StreamtTopic> owned) {
        try {
            provision(owned);
            done = true;
        } catch (Exception e) {
            lastError = e.getMessage();
            LOG.warnf("cannot create the topics of %s yet (%s); retrying in %s",
                    config.service().name(), e.getMessage(), config.topics().retryInterval());
            executor.schedule(() -> provisionUntilDone(owned), config.topics().retryInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void provision(List<StreamtTopic> owned) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(adminConfig())) {
            Set<String> existing = admin.listTopics().names().get();
            List<OwnedTopics.TopicToCreate> missing = OwnedTopics.missing(owned, existing, settings());
            if (missing.isEmpty()) {
                return;
            }
            List<NewTopic> newTopics = missing.stream()
                    .map(t -> new NewTopic(t.name(), Optional.of(t.partitions()), Optional.ofNullable(t.replicationFactor()))
                            .configs(t.configs()))
                    .toList();
            try {
                admin.createTopics(newTopics).all().get();
            } catch (ExecutionException e) {
                // Another pod of this service may have created them in the meantime: that is success.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
            LOG.infof("created topics %s", missing.stream().map(OwnedTopics.TopicToCreate::name).toList());
        }
    }

    private TopicSettings settings() {
        StreamtRuntimeConfig.Topics t = config.topics();
        return new TopicSettings(t.partitions(), t.replicationFactor(), t.commandRetention(), t.eventRetention(),
                t.maxMessageBytes());
    }

    private Map<String, Object> adminConfig() {
        Map<String, Object> admin = new HashMap<>();
        // Only the connection and security settings: the shared map also holds consumer and producer settings.
        kafkaConfig.forEach((key, value) -> {
            if (AdminClientConfig.configNames().contains(key)) {
                admin.put(key, value);
            }
        });
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MS);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ADMIN_TIMEOUT_MS);
        admin.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, config.service().name() + "-topic-provisioner");
        return admin;
    }
}
