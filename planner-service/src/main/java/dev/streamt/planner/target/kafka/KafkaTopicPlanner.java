package dev.streamt.planner.target.kafka;

import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.Source;
import dev.streamt.planner.core.Comparison;
import dev.streamt.planner.core.Resource;
import dev.streamt.planner.core.ResourceCollector;
import dev.streamt.planner.core.TargetPlanner;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Kafka topics as a plan target: the manifest's topic artifacts (never its sources' topics: a source is read, not
 * managed), read by {@link KafkaTopicCollector}, compared by {@link TopicRules}. Thread-safe.
 */
public final class KafkaTopicPlanner implements TargetPlanner {

    /** The prefix of the topics the platform itself declares in every project that needs them. */
    static final String PLATFORM_TOPIC_PREFIX = "_streamt_";

    private final ResourceCollector collector;
    private final TopicRules rules;

    public KafkaTopicPlanner(ResourceCollector collector, TopicRules rules) {
        this.collector = collector;
        this.rules = rules;
    }

    @Override
    public ChangeTarget target() {
        return ChangeTarget.KAFKA_TOPIC;
    }

    @Override
    public List<Resource> declared(Manifest manifest) {
        Set<String> sourceTopics = manifest.sources().stream().map(Source::topic).collect(Collectors.toSet());
        return manifest.artifacts().topics().stream()
                .filter(topic -> !sourceTopics.contains(topic.name()))
                .map(topic -> new Resource(ChangeTarget.KAFKA_TOPIC, topic.name(), TopicState.desired(topic)))
                .toList();
    }

    @Override
    public ResourceCollector collector() {
        return collector;
    }

    @Override
    public Comparison compare(Map<String, Object> running, Map<String, Object> desired,
            Map<String, Object> lastApplied) {
        return rules.compare(running, desired, lastApplied);
    }

    @Override
    public Map<String, Object> before(Map<String, Object> running, Map<String, Object> desired,
            Map<String, Object> lastApplied) {
        Map<String, String> runningConfig = TopicState.config(running);
        Set<String> overridden = TopicState.overrides(running);
        Map<String, String> shown = new TreeMap<>();
        Map<String, String> declared = desired == null ? Map.of() : TopicState.config(desired);
        Map<String, String> applied = TopicState.config(lastApplied == null ? Map.of() : lastApplied);
        declared.forEach((key, value) -> putIfPresent(shown, key, runningConfig, value));
        applied.forEach((key, value) -> {
            if (!declared.containsKey(key) && (desired == null || overridden.contains(key))) {
                putIfPresent(shown, key, runningConfig, value);
            }
        });
        return TopicState.of(String.valueOf(running.get(TopicState.NAME)), TopicState.partitions(running),
                TopicState.replicationFactor(running), shown);
    }

    private static void putIfPresent(Map<String, String> shown, String key, Map<String, String> running,
            String projectValue) {
        String value = running.get(key);
        if (value != null) {
            shown.put(key, ConfigValues.shown(value, projectValue));
        }
    }

    /** The platform's own topics ({@code _streamt_test_failures}) are shared by every project on the cluster. */
    @Override
    public boolean shared(String name) {
        return name.startsWith(PLATFORM_TOPIC_PREFIX);
    }
}
