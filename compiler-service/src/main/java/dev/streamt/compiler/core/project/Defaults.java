package dev.streamt.compiler.core.project;

import java.util.Objects;

/**
 * The {@code defaults} block: {@code topic{partitions, replication_factor, config}}, {@code models{cluster, topic}}
 * and {@code tests{flink_cluster}}. Unset values are null; {@link #effectiveTopic()} applies the documented defaults.
 */
public record Defaults(TopicSettings topic, String modelsCluster, TopicSettings modelsTopic,
        String testsFlinkCluster, Positions positions) implements Located {

    /** Partitions and replication factor when nothing sets them. */
    public static final TopicSettings BUILT_IN_TOPIC = new TopicSettings(null, 1, 1, java.util.Map.of());

    public Defaults {
        topic = topic == null ? TopicSettings.EMPTY : topic;
        modelsTopic = modelsTopic == null ? TopicSettings.EMPTY : modelsTopic;
        Objects.requireNonNull(positions, "positions");
    }

    /** No defaults written. */
    public static Defaults none(Span at) {
        return new Defaults(null, null, null, null, Positions.of(at));
    }

    /**
     * The topic settings a model starts from: {@code defaults.models.topic}, then {@code defaults.topic}, then 1
     * partition and replication factor 1 (never a name).
     */
    public TopicSettings effectiveTopic() {
        TopicSettings merged = modelsTopic.orElse(topic).orElse(BUILT_IN_TOPIC);
        return new TopicSettings(null, merged.partitions(), merged.replicationFactor(), merged.config());
    }

    /** The settings a model's output topic gets: the model's own over {@link #effectiveTopic()}. */
    public TopicSettings topicFor(ModelDefinition model) {
        TopicSettings own = model.topic() == null ? TopicSettings.EMPTY : model.topic();
        return own.orElse(effectiveTopic());
    }
}
