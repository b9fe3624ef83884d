package dev.streamt.deployer.app;

import dev.streamt.deployer.core.TargetExecutors;
import dev.streamt.deployer.target.kafka.KafkaTargetSettings;
import dev.streamt.deployer.target.kafka.KafkaTopicExecutor;
import dev.streamt.runtime.clusters.AdminClients;
import dev.streamt.runtime.config.StreamtRuntimeConfig;
import dev.streamt.runtime.secrets.Placeholders;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Wires the target executors (plain Java) once for the process. A new target is one more executor in this list.
 * Placeholders resolve from this process's environment: a Kubernetes Secret mounted as variables.
 */
public class ExecutorsProducer {

    @Produces
    @Singleton
    AdminClients adminClients(StreamtRuntimeConfig runtime) {
        return new AdminClients("streamt-deployer", runtime.projectClusters().timeouts());
    }

    void closeAdminClients(@Disposes AdminClients clients) {
        clients.close();
    }

    @Produces
    @Singleton
    TargetExecutors executors(AdminClients clients, DeployerConfig config) {
        DeployerConfig.Kafka kafka = config.kafka();
        return new TargetExecutors(List.of(new KafkaTopicExecutor(clients, Placeholders.fromProcessEnvironment(),
                new KafkaTargetSettings(kafka.batchSize(), kafka.maxRecordsPerRequest(), kafka.deletionTimeout()))));
    }
}
