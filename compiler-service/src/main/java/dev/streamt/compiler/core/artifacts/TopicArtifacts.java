package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.project.Defaults;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.TopicSettings;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.TopicArtifact;
import java.util.ArrayList;
import java.util.List;

/**
 * The Kafka topics a project needs: one per {@code topic} and {@code flink} model (name {@code advanced.topic.name}
 * or the model's; partitions, replication factor and config from the model, else {@code defaults.models.topic},
 * else {@code defaults.topic}, else 1 and 1; config values as text), and {@value #TEST_FAILURES_TOPIC} when the
 * project has continuous tests (settings from {@code defaults.topic}, owned by no node). The config is exactly what the
 * project wrote (an upsert topic is not made compacted behind the user's back). Stateless and thread-safe.
 */
final class TopicArtifacts {

    /** The topic continuous tests write their violations to. */
    static final String TEST_FAILURES_TOPIC = "_streamt_test_failures";

    private TopicArtifacts() {
    }

    /** The topics, models in dependency order, then the test failures topic. */
    static List<TopicArtifact> generate(ProjectDefinition project, TableCatalog catalog, boolean continuousTests) {
        List<TopicArtifact> topics = new ArrayList<>();
        for (ModelOutput output : catalog.outputs()) {
            Materialization materialized = output.plan().materialized();
            if (materialized != Materialization.TOPIC && materialized != Materialization.FLINK) {
                continue;
            }
            TopicSettings settings = project.defaults().topicFor(output.plan().definition());
            topics.add(new TopicArtifact(ModelOutputs.topicName(project, output.plan().definition()),
                    orOne(settings.partitions()), orOne(settings.replicationFactor()), settings.config(),
                    NodeId.model(output.name())));
        }
        if (continuousTests) {
            TopicSettings settings = project.defaults().topic().orElse(Defaults.BUILT_IN_TOPIC);
            topics.add(new TopicArtifact(TEST_FAILURES_TOPIC, orOne(settings.partitions()),
                    orOne(settings.replicationFactor()), settings.config(), null));
        }
        return topics;
    }

    private static int orOne(Integer value) {
        return value == null || value < 1 ? 1 : value;
    }
}
