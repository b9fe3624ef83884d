package dev.streamt.deployer.target.kafka;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the Kafka topic executor ({@code streamt.deployer.kafka.*}): how many topics one batch and one admin
 * request take ({@code batchSize}), how many controller records one admin request may make
 * ({@code maxRecordsPerRequest}; KRaft refuses a request making more than 10,000) and how long a replace waits for the
 * old topic to be gone ({@code deletionTimeout}). Immutable.
 */
public record KafkaTargetSettings(int batchSize, int maxRecordsPerRequest, Duration deletionTimeout) {

    public KafkaTargetSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        if (maxRecordsPerRequest < 1) {
            throw new IllegalArgumentException("max records per request must be at least 1, got " + maxRecordsPerRequest);
        }
        Objects.requireNonNull(deletionTimeout, "deletion timeout");
        if (deletionTimeout.isZero() || deletionTimeout.isNegative()) {
            throw new IllegalArgumentException("deletion timeout must be positive, got " + deletionTimeout);
        }
    }
}
