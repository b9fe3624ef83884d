package dev.streamt.planner.target.kafka;

import java.util.Map;
import java.util.Objects;

/**
 * What a topic rule looks at: the {@code running} state (collected), the {@code desired} one (declared, or for drift
 * the last applied) and the {@code lastApplied} one (empty when unknown).
 */
public record TopicComparison(Map<String, Object> running, Map<String, Object> desired,
        Map<String, Object> lastApplied) {

    public TopicComparison {
        Objects.requireNonNull(running, "running");
        Objects.requireNonNull(desired, "desired");
        lastApplied = lastApplied == null ? Map.of() : lastApplied;
    }

    public Map<String, String> runningConfig() {
        return TopicState.config(running);
    }

    public Map<String, String> desiredConfig() {
        return TopicState.config(desired);
    }
}
