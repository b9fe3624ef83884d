package dev.streamt.deployer.target.kafka;

import dev.streamt.runtime.clusters.KafkaErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicCollection;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * Deletes the topics of deletes and replaces (one DeleteTopics per request chunk) and, for replaces, waits until the
 * cluster no longer describes the old topic, so that the create that follows makes a new one. Stateless.
 */
final class TopicDeletion {

    private static final long FIRST_POLL_MS = 50;
    private static final long MAX_POLL_MS = 1_000;

    private TopicDeletion() {
    }

    /** Deletes the topics of {@code steps}; a topic that is already gone is deleted (a re-run after a crash). */
    static void delete(AdminBatch batch, List<TopicStep> steps) {
        // A deleted topic makes one RemoveTopicRecord.
        for (List<TopicStep> chunk : RequestChunks.split(steps, step -> 1, batch.settings.batchSize(),
                batch.settings.maxRecordsPerRequest())) {
            Map<String, TopicStep> byName = byName(chunk);
            Map<String, Throwable> failures = KafkaErrors.failures(
                    batch.admin.deleteTopics(TopicCollection.ofTopicNames(byName.keySet())).topicNameValues());
            failures.forEach((name, failure) -> {
                if (!(failure instanceof UnknownTopicOrPartitionException)) {
                    batch.fail(byName.get(name), failure);
                }
            });
        }
    }

    /**
     * Waits until no topic of {@code steps} is described any more, polling with a growing pause; a topic still there at
     * {@code deadline} fails its step.
     */
    static void awaitGone(AdminBatch batch, List<TopicStep> steps, Instant deadline) {
        Map<String, TopicStep> remaining = byName(steps);
        long pause = FIRST_POLL_MS;
        while (!remaining.isEmpty()) {
            Map<String, Throwable> failures = new HashMap<>();
            batch.describe(remaining.keySet(), failures);
            failures.forEach((name, failure) -> {
                if (failure instanceof UnknownTopicOrPartitionException) {
                    remaining.remove(name);
                }
            });
            if (remaining.isEmpty()) {
                return;
            }
            if (Instant.now().plusMillis(pause).isAfter(deadline) || !AdminBatch.pause(pause)) {
                break;
            }
            pause = Math.min(MAX_POLL_MS, pause * 2);
        }
        for (TopicStep step : new ArrayList<>(remaining.values())) {
            batch.fail(step, "topic '" + step.name() + "' was deleted but still exists after "
                    + batch.settings.deletionTimeout() + "; the replace stopped before creating it again (apply again "
                    + "once the deletion is over)");
        }
    }

    static Map<String, TopicStep> byName(List<TopicStep> steps) {
        Map<String, TopicStep> byName = new HashMap<>();
        steps.forEach(step -> byName.put(step.name(), step));
        return byName;
    }
}
