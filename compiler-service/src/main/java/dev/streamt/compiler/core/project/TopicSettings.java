package dev.streamt.compiler.core.project;

import java.util.Map;
import java.util.TreeMap;

/**
 * Settings of a Kafka topic: {@code name}, {@code partitions}, {@code replication_factor} and {@code config} (values
 * as text, sorted by key). Each is null (empty) when not written: on a model ({@code advanced.topic} or the
 * {@code topic} shorthand) and in {@code defaults}.
 */
public record TopicSettings(String name, Integer partitions, Integer replicationFactor, Map<String, String> config) {

    /** Nothing set. */
    public static final TopicSettings EMPTY = new TopicSettings(null, null, null, Map.of());

    public TopicSettings {
        Immutable.optional(name, "topic name");
        config = Immutable.map(config);
    }

    /** These settings where set, else {@code fallback}'s; configs merge with these keys winning. */
    public TopicSettings orElse(TopicSettings fallback) {
        if (fallback == null) {
            return this;
        }
        Map<String, String> merged = new TreeMap<>(fallback.config());
        merged.putAll(config);
        return new TopicSettings(name != null ? name : fallback.name(),
                partitions != null ? partitions : fallback.partitions(),
                replicationFactor != null ? replicationFactor : fallback.replicationFactor(), merged);
    }
}
