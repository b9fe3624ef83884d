package dev.streamt.planner.app;

import dev.streamt.planner.core.ChangePlanner;
import dev.streamt.planner.core.DriftDetector;
import dev.streamt.planner.core.TargetPlanner;
import dev.streamt.planner.target.kafka.KafkaAdmins;
import dev.streamt.planner.target.kafka.KafkaTopicCollector;
import dev.streamt.planner.target.kafka.KafkaTopicPlanner;
import dev.streamt.planner.target.kafka.TopicRules;
import dev.streamt.runtime.clusters.AdminClients;
import dev.streamt.runtime.config.StreamtRuntimeConfig;
import dev.streamt.runtime.secrets.Placeholders;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Wires the plain-Java core: the targets in deployment order (a new target is one more entry here and a package under
 * {@code target/}). The collectors' clients are closed when the application stops.
 */
@ApplicationScoped
public class PlannerProducer {

    @Produces
    @Singleton
    AdminClients adminClients(StreamtRuntimeConfig runtime) {
        return new AdminClients("streamt-planner", runtime.projectClusters().timeouts());
    }

    void closeAdminClients(@Disposes AdminClients clients) {
        clients.close();
    }

    @Produces
    @Singleton
    List<TargetPlanner> targets(PlannerConfig config, AdminClients clients) {
        KafkaAdmins admins = new KafkaAdmins(clients, Placeholders.fromProcessEnvironment());
        return List.of(new KafkaTopicPlanner(new KafkaTopicCollector(admins, config.kafka().describeBatchSize()),
                TopicRules.standard()));
    }

    void close(@Disposes List<TargetPlanner> targets) {
        targets.forEach(target -> target.collector().close());
    }

    @Produces
    @Singleton
    ChangePlanner planner(List<TargetPlanner> targets) {
        return new ChangePlanner(targets);
    }

    @Produces
    @Singleton
    DriftDetector driftDetector(List<TargetPlanner> targets) {
        return new DriftDetector(targets);
    }
}
