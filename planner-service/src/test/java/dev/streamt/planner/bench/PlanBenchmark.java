package dev.streamt.planner.bench;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.TopicArtifact;
import dev.streamt.planner.core.ChangePlanner;
import dev.streamt.planner.core.Manifests;
import dev.streamt.planner.core.Owner;
import dev.streamt.planner.core.Ownership;
import dev.streamt.planner.target.kafka.KafkaAdmins;
import dev.streamt.planner.target.kafka.KafkaTopicCollector;
import dev.streamt.planner.target.kafka.KafkaTopicPlanner;
import dev.streamt.planner.target.kafka.TopicRules;
import dev.streamt.planner.target.kafka.TopicState;
import dev.streamt.runtime.clusters.AdminClients;
import dev.streamt.runtime.clusters.ClusterTimeouts;
import dev.streamt.runtime.secrets.Placeholders;
import dev.streamt.testkit.InJvmKafkaBroker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Plan time for N existing, owned topics against a real local broker: the collector's ListTopics + chunked
 * DescribeTopics/DescribeConfigs and the core's comparison, as one plan of the service does them (the database reads of
 * ownership are not part of it). Run: {@code ./mvnw -B -o -pl planner-service -Pbenchmark verify}
 * ({@code -Dbench.topics=5000}).
 */
public final class PlanBenchmark {

    private static final int RUNS = 5;

    private PlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int topics = Integer.parseInt(System.getProperty("bench.topics", "5000"));
        int batch = Integer.parseInt(System.getProperty("bench.batch", "500"));
        try (InJvmKafkaBroker broker = InJvmKafkaBroker.start()) {
            List<TopicArtifact> declared = new ArrayList<>();
            for (int i = 0; i < topics; i++) {
                // Every 100th topic is declared with one more partition, so the plan has real updates in it.
                declared.add(Manifests.topic(String.format("bench.t%05d", i), i % 100 == 0 ? 2 : 1,
                        Map.of("retention.ms", "604800000", "cleanup.policy", "delete")));
            }
            long created = System.nanoTime();
            createTopics(broker, topics);
            System.out.printf("created %d topics in %d ms%n", topics, millis(created));

            Manifest manifest = Manifests.manifest("bench", "bench", "dev", broker.bootstrapServers(), List.of(),
                    declared);
            Ownership.Builder owned = Ownership.builder(Owner.of("bench", "dev"));
            declared.forEach(topic -> owned.ownedBySelf(ChangeTarget.KAFKA_TOPIC, topic.name(),
                    TopicState.desired(topic)));
            Ownership ownership = owned.build();
            AdminClients clients = new AdminClients("streamt-plan-benchmark",
                    new ClusterTimeouts(Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(30)));
            KafkaAdmins admins = new KafkaAdmins(clients, Placeholders.fromProcessEnvironment());
            ChangePlanner planner = new ChangePlanner(List.of(new KafkaTopicPlanner(
                    new KafkaTopicCollector(admins, batch), TopicRules.standard())));
            try {
                List<Long> times = new ArrayList<>();
                Map<ChangeAction, Long> actions = Map.of();
                for (int run = 0; run <= RUNS; run++) {
                    long start = System.nanoTime();
                    List<Change> changes = planner.plan(manifest, ownership);
                    long elapsed = millis(start);
                    actions = changes.stream().collect(Collectors.groupingBy(Change::action, Collectors.counting()));
                    if (run > 0) {
                        times.add(elapsed);
                    }
                    System.out.printf("%s plan of %d owned topics: %d ms%n", run == 0 ? "first (cold)" : "run " + run,
                            topics, elapsed);
                }
                times.sort(Long::compare);
                System.out.printf("RESULT topics=%d batch=%d median=%d ms max=%d ms actions=%s (target < 5000 ms)%n",
                        topics, batch, times.get(times.size() / 2), times.get(times.size() - 1), actions);
            } finally {
                clients.close();
            }
        }
    }

    private static void createTopics(InJvmKafkaBroker broker, int topics) throws Exception {
        try (Admin admin = broker.createAdmin()) {
            List<NewTopic> batch = new ArrayList<>();
            for (int i = 0; i < topics; i++) {
                batch.add(new NewTopic(String.format("bench.t%05d", i), 1, (short) 1)
                        .configs(Map.of("retention.ms", "604800000", "cleanup.policy", "delete")));
                if (batch.size() == 500 || i == topics - 1) {
                    admin.createTopics(List.copyOf(batch)).all().get();
                    batch.clear();
                }
            }
            // The controller acknowledges a creation before the broker's metadata shows it: wait until all are listed.
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            int listed;
            while ((listed = admin.listTopics().names().get().size()) < topics) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("only " + listed + " of " + topics + " topics are listed");
                }
                Thread.sleep(200);
            }
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
