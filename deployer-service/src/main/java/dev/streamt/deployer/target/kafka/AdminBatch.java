package dev.streamt.deployer.target.kafka;

import dev.streamt.runtime.clusters.KafkaErrors;
import dev.streamt.runtime.secrets.SecretScrubber;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * What the phases of one batch share: the cluster's admin client, the outcome of each change, the scrubber of the
 * batch's resolved values and the settings. Threading: confined to the thread of one {@code execute} call (the admin
 * client itself is shared and thread-safe).
 */
final class AdminBatch {

    private static final int EXISTING_RETRIES = 10;
    private static final long EXISTING_RETRY_PAUSE_MS = 100;

    final Admin admin;
    final BatchOutcome outcome;
    final SecretScrubber scrubber;
    final KafkaTargetSettings settings;

    AdminBatch(Admin admin, BatchOutcome outcome, SecretScrubber scrubber, KafkaTargetSettings settings) {
        this.admin = admin;
        this.outcome = outcome;
        this.scrubber = scrubber;
        this.settings = settings;
    }

    /** Whether some call of this batch went unanswered (the cluster's circuit opens). */
    volatile boolean unanswered;

    /** Fails {@code step} with what Kafka reported, scrubbed. */
    void fail(TopicStep step, Throwable failure) {
        if (KafkaErrors.unwrap(failure) instanceof org.apache.kafka.common.errors.TimeoutException) {
            unanswered = true;
        }
        outcome.fail(step.changeId(), KafkaErrors.describe(failure, scrubber));
    }

    /** Fails {@code step} with {@code error} (no resolved value in it). */
    void fail(TopicStep step, String error) {
        outcome.fail(step.changeId(), scrubber.scrub(error));
    }

    /** The live counts of a topic. */
    record Counts(int partitions, int replicationFactor) {
    }

    /**
     * The counts of topics Kafka just said exist. A broker's metadata may lag the controller's by a moment, so a topic
     * it does not know yet is asked for again a few times before its failure counts.
     */
    Map<String, Counts> describeExisting(Collection<String> names, Map<String, Throwable> failures) {
        Map<String, Counts> counts = describe(names, failures);
        for (int attempt = 1; attempt <= EXISTING_RETRIES && failures.values().stream()
                .anyMatch(UnknownTopicOrPartitionException.class::isInstance); attempt++) {
            if (!pause(EXISTING_RETRY_PAUSE_MS)) {
                break;
            }
            List<String> unknown = failures.entrySet().stream()
                    .filter(e -> e.getValue() instanceof UnknownTopicOrPartitionException).map(Map.Entry::getKey).toList();
            unknown.forEach(failures::remove);
            counts.putAll(describe(unknown, failures));
        }
        return counts;
    }

    /** The counts of each of {@code names} that could be described; the others are put in {@code failures}. */
    Map<String, Counts> describe(Collection<String> names, Map<String, Throwable> failures) {
        Map<String, Counts> counts = new HashMap<>();
        if (names.isEmpty()) {
            return counts;
        }
        Map<String, KafkaFuture<TopicDescription>> futures = admin.describeTopics(names).topicNameValues();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> entry : futures.entrySet()) {
            try {
                TopicDescription description = entry.getValue().get();
                var partitions = description.partitions();
                int replication = partitions.isEmpty() ? 0 : partitions.get(0).replicas().size();
                counts.put(entry.getKey(), new Counts(partitions.size(), replication));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.put(entry.getKey(), e);
            } catch (ExecutionException | RuntimeException e) {
                failures.put(entry.getKey(), KafkaErrors.unwrap(e));
            }
        }
        return counts;
    }

    /** Waits {@code millis} between polls; false when interrupted (the interrupt stays set). */
    static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static List<String> names(List<TopicStep> steps) {
        return steps.stream().map(TopicStep::name).toList();
    }
}
