package dev.streamt.planner.target.kafka;

import java.util.Map;

/** Topic state maps as a collector and a manifest produce them. */
final class TopicFixtures {

    private TopicFixtures() {
    }

    /** A running topic whose every given config key is overridden on the topic. */
    static Map<String, Object> running(int partitions, int replication, Map<String, String> config) {
        return TopicState.running("orders", partitions, replication, config, config.keySet());
    }

    static Map<String, Object> desired(int partitions, int replication, Map<String, String> config) {
        return TopicState.of("orders", partitions, replication, config);
    }

    static TopicComparison comparison(Map<String, Object> running, Map<String, Object> desired) {
        return new TopicComparison(running, desired, Map.of());
    }
}
