package dev.streamt.runtime.topics;

import java.time.Duration;
import java.util.Optional;

/**
 * How the platform's own topics are created: plain values, validated here so a bad ConfigMap fails at startup.
 *
 * @param eventRetention absent keeps events forever
 */
public record TopicSettings(int partitions, Optional<Short> replicationFactor, Duration commandRetention,
        Optional<Duration> eventRetention, int maxMessageBytes) {

    public TopicSettings {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be at least 1, was " + partitions);
        }
        replicationFactor = replicationFactor == null ? Optional.empty() : replicationFactor;
        replicationFactor.filter(rf -> rf < 1).ifPresent(rf -> {
            throw new IllegalArgumentException("replication factor must be at least 1, was " + rf);
        });
        if (commandRetention == null || commandRetention.isNegative() || commandRetention.isZero()) {
            throw new IllegalArgumentException("command retention must be positive, was " + commandRetention);
        }
        eventRetention = eventRetention == null ? Optional.empty() : eventRetention;
        if (maxMessageBytes < 1) {
            throw new IllegalArgumentException("max message bytes must be positive, was " + maxMessageBytes);
        }
    }
}
