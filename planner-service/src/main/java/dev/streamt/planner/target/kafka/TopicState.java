package dev.streamt.planner.target.kafka;

import dev.streamt.contracts.manifest.TopicArtifact;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The state map of a Kafka topic (see the shared plan/apply decisions):
 * {@code {"name", "partitions", "replication_factor", "config": {key: "value"}}}. A collected map also holds
 * {@value #OVERRIDES}: the config keys set on the topic itself (not broker or built-in defaults), which says whether
 * there is an override to remove; it never leaves the planner (a change's {@code before} is trimmed). Static helpers
 * only.
 */
public final class TopicState {

    public static final String NAME = "name";
    public static final String PARTITIONS = "partitions";
    public static final String REPLICATION_FACTOR = "replication_factor";
    public static final String CONFIG = "config";
    /** Collected maps only: the keys overridden on the topic. */
    public static final String OVERRIDES = "overrides";

    private TopicState() {
    }

    /** The desired state of a declared topic. */
    public static Map<String, Object> desired(TopicArtifact topic) {
        return of(topic.name(), topic.partitions(), topic.replicationFactor(), topic.config());
    }

    /** A state map (keys sorted). */
    public static Map<String, Object> of(String name, int partitions, int replicationFactor,
            Map<String, String> config) {
        Map<String, Object> state = new TreeMap<>();
        state.put(NAME, name);
        state.put(PARTITIONS, partitions);
        state.put(REPLICATION_FACTOR, replicationFactor);
        state.put(CONFIG, new TreeMap<>(config));
        return state;
    }

    /** A collected state map: every effective config value and the keys overridden on the topic. */
    public static Map<String, Object> running(String name, int partitions, int replicationFactor,
            Map<String, String> effectiveConfig, Collection<String> overrides) {
        Map<String, Object> state = of(name, partitions, replicationFactor, effectiveConfig);
        state.put(OVERRIDES, List.copyOf(new TreeSet<>(overrides)));
        return state;
    }

    /** The partitions, or null when the map does not say (an unknown applied state). */
    public static Integer partitions(Map<String, Object> state) {
        return integer(state.get(PARTITIONS));
    }

    public static Integer replicationFactor(Map<String, Object> state) {
        return integer(state.get(REPLICATION_FACTOR));
    }

    /** The config map as strings (empty when absent). */
    public static Map<String, String> config(Map<String, Object> state) {
        Object config = state.get(CONFIG);
        Map<String, String> values = new TreeMap<>();
        if (config instanceof Map) {
            ((Map<?, ?>) config).forEach((key, value) -> {
                if (value != null) {
                    values.put(String.valueOf(key), String.valueOf(value));
                }
            });
        }
        return values;
    }

    /** The overridden keys of a collected map; a map without them (a hand-made one) counts every key as overridden. */
    public static Set<String> overrides(Map<String, Object> state) {
        Object overrides = state.get(OVERRIDES);
        if (overrides instanceof Collection) {
            Set<String> keys = new TreeSet<>();
            ((Collection<?>) overrides).forEach(key -> keys.add(String.valueOf(key)));
            return keys;
        }
        return config(state).keySet();
    }

    private static Integer integer(Object value) {
        if (value instanceof Number) {
            return ((Number) value).intValue();
        }
        return value == null ? null : Integer.valueOf(String.valueOf(value));
    }
}
