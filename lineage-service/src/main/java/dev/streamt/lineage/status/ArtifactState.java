package dev.streamt.lineage.status;

import java.time.Instant;
import java.util.Objects;

/**
 * The last deployment outcome of one deployable artifact ({@code target} like {@code kafka_topic}, {@code name} like
 * the topic name), as the deployment events told it.
 *
 * @param at      when the step finished (or the event happened when the step carries no time)
 * @param eventId the event that said so; with {@code eventTime}, breaks ties between states of the same instant
 */
public record ArtifactState(String target, String name, String deploymentId, String status, String error,
        Instant at, Instant eventTime, String eventId) {

    public ArtifactState {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(deploymentId, "deploymentId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(eventTime, "eventTime");
        Objects.requireNonNull(eventId, "eventId");
    }

    /** Whether this state is newer than {@code other} (and should replace it). */
    public boolean supersedes(ArtifactState other) {
        return Recency.supersedes(at, eventTime, eventId, other.at, other.eventTime, other.eventId);
    }
}
