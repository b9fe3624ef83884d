package dev.streamt.deployer.target.kafka;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.runtime.clusters.KafkaErrors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.clients.admin.CreateTopicsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the topics of creates and replaces from their {@code after} state, one CreateTopics per request chunk.
 * "Already exists" is where idempotency is decided: for a create the live topic is described and, with the wanted
 * counts, the step is done (its declared configs are then set by {@link TopicUpdate}); for a replace it means the old
 * topic is still being deleted, so the create is retried until the deletion deadline. Stateless.
 */
final class TopicCreation {

    private static final long RETRY_PAUSE_MS = 200;

    private TopicCreation() {
    }

    /**
     * Creates the topics of {@code steps} with their resolved configs ({@code configs} by change id).
     *
     * @return the creates whose topic already existed with the wanted counts
     */
    static List<TopicStep> create(AdminBatch batch, List<TopicStep> steps, Map<String, Map<String, String>> configs,
            Instant deadline, Set<String> resumed) {
        List<TopicStep> existing = new ArrayList<>();
        List<TopicStep> pending = steps;
        while (!pending.isEmpty()) {
            List<TopicStep> retry = new ArrayList<>();
            for (List<TopicStep> chunk : RequestChunks.split(pending, step -> RequestChunks.createRecords(step.after()),
                    batch.settings.batchSize(), batch.settings.maxRecordsPerRequest())) {
                createChunk(batch, chunk, configs, existing, retry);
            }
            if (retry.isEmpty()) {
                break;
            }
            if (Instant.now().plusMillis(RETRY_PAUSE_MS).isAfter(deadline) || !AdminBatch.pause(RETRY_PAUSE_MS)) {
                retry.forEach(step -> batch.fail(step, "topic '" + step.name() + "' could not be created again: the "
                        + "cluster still has the old topic after " + batch.settings.deletionTimeout()
                        + " (apply again once its deletion is over)"));
                break;
            }
            pending = retry;
        }
        return decideExisting(batch, existing, resumed);
    }

    private static void createChunk(AdminBatch batch, List<TopicStep> chunk, Map<String, Map<String, String>> configs,
            List<TopicStep> existing, List<TopicStep> retry) {
        Map<String, TopicStep> byName = TopicDeletion.byName(chunk);
        List<NewTopic> topics = new ArrayList<>(chunk.size());
        for (TopicStep step : chunk) {
            TopicSpec after = step.after();
            topics.add(new NewTopic(after.name(), Optional.of(after.partitions()), Optional.of(after.replicationFactor()))
                    .configs(configs.get(step.changeId())));
        }
        Map<String, Throwable> failures = KafkaErrors.failures(
                batch.admin.createTopics(topics, new CreateTopicsOptions()).values());
        failures.forEach((name, failure) -> {
            TopicStep step = byName.get(name);
            if (!(failure instanceof TopicExistsException)) {
                batch.fail(step, failure);
            } else if (step.action() == ChangeAction.REPLACE) {
                // "marked for deletion" (or metadata not caught up yet): the old topic is on its way out.
                retry.add(step);
            } else {
                existing.add(step);
            }
        });
    }

    /**
     * Keeps the existing topics with the wanted counts when this deployment may have made them (a resumed step, or
     * the new topic of a replace); fails the others, naming both counts.
     */
    private static List<TopicStep> decideExisting(AdminBatch batch, List<TopicStep> existing, Set<String> resumed) {
        Map<String, Throwable> failures = new HashMap<>();
        Map<String, AdminBatch.Counts> live = batch.describeExisting(AdminBatch.names(existing), failures);
        List<TopicStep> done = new ArrayList<>();
        for (TopicStep step : existing) {
            AdminBatch.Counts counts = live.get(step.name());
            if (counts == null) {
                batch.fail(step, failures.getOrDefault(step.name(),
                        new IllegalStateException("topic '" + step.name() + "' exists but could not be described")));
                continue;
            }
            String error = TopicDecisions.onExisting(step.after(), counts.partitions(), counts.replicationFactor(),
                    resumed.contains(step.changeId()) || step.action() == ChangeAction.REPLACE);
            if (error == null) {
                done.add(step);
            } else {
                batch.fail(step, error);
            }
        }
        return done;
    }
}
