package dev.streamt.deployer.target.kafka;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.deployer.core.StepResult;
import dev.streamt.deployer.core.TargetExecutor;
import dev.streamt.runtime.clusters.AdminClients;
import dev.streamt.runtime.clusters.ClusterUnavailableException;
import dev.streamt.runtime.clusters.KafkaErrors;
import dev.streamt.runtime.secrets.Placeholders;
import dev.streamt.runtime.secrets.SecretScrubber;
import dev.streamt.runtime.secrets.UnresolvedPlaceholderException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;

/**
 * Carries out {@code kafka_topic} changes on the project's cluster ({@code runtime.kafka} of the change set), a batch
 * at a time and with as few admin requests as possible: one DeleteTopics (deletes and replaces), one CreateTopics
 * (creates and replaces, once the old topics are gone), one CreatePartitions and one IncrementalAlterConfigs per batch,
 * each split further only to stay within {@link KafkaTargetSettings#maxRecordsPerRequest()}. A change failing in one
 * phase is left out of the later ones; the other changes go on.
 *
 * <p>{@code ${VAR}} placeholders of the cluster and of config values are resolved just before the calls and never leave
 * the admin requests: errors are scrubbed of resolved values, and a variable that is not set fails the steps that need
 * it with an error naming it. Nothing is thrown out of {@link #execute}.
 *
 * <p>Lifecycle: one instance for the process; the admin clients belong to {@link AdminClients}. Threading: thread-safe
 * and stateless between calls; concurrent calls (several deployments) share the admin clients.
 */
public final class KafkaTopicExecutor implements TargetExecutor {

    private final AdminClients clients;
    private final Placeholders placeholders;
    private final KafkaTargetSettings settings;

    public KafkaTopicExecutor(AdminClients clients, Placeholders placeholders, KafkaTargetSettings settings) {
        this.clients = Objects.requireNonNull(clients, "clients");
        this.placeholders = Objects.requireNonNull(placeholders, "placeholders");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public ChangeTarget target() {
        return ChangeTarget.KAFKA_TOPIC;
    }

    @Override
    public int batchSize() {
        return settings.batchSize();
    }

    @Override
    public List<StepResult> execute(ChangeSet changeSet, List<Change> changes, Set<String> resumed) {
        BatchOutcome outcome = new BatchOutcome(changes.stream().map(Change::id).toList());
        List<TopicStep> steps = new ArrayList<>();
        for (Change change : changes) {
            try {
                steps.add(TopicStep.of(change));
            } catch (IllegalArgumentException malformed) {
                outcome.fail(change.id(), "cannot apply " + change.id() + ": " + malformed.getMessage());
            }
        }
        SecretScrubber scrubber = SecretScrubber.none();
        try {
            KafkaConnection connection = changeSet.runtime().kafka();
            if (connection == null) {
                outcome.failRest("change set " + changeSet.id() + " names no Kafka cluster (runtime.kafka) to apply "
                        + "topics to; plan it again from a manifest with runtime.kafka");
                return outcome.results();
            }
            scrubber = SecretScrubber.of(placeholders, placeholderTexts(connection, steps));
            Map<String, Map<String, String>> configs = resolveConfigs(steps, outcome);
            Admin admin;
            try {
                admin = clients.forCluster(connection, placeholders);
            } catch (UnresolvedPlaceholderException unset) {
                outcome.failRest("cannot connect to the project's Kafka cluster: " + unset.getMessage());
                return outcome.results();
            } catch (ClusterUnavailableException open) {
                outcome.failRest(open.getMessage());
                return outcome.results();
            }
            AdminBatch batch = new AdminBatch(admin, outcome, scrubber, settings);
            run(batch, steps, configs, resumed);
            if (batch.unanswered) {
                clients.unreachable(connection, placeholders, "a call timed out");
            } else {
                clients.answered(connection, placeholders);
            }
        } catch (RuntimeException unexpected) {
            // The contract: every change gets a result. Re-running the batch is safe, the steps are idempotent.
            outcome.failRest(KafkaErrors.describe(unexpected, scrubber));
        }
        return outcome.results();
    }

    private void run(AdminBatch batch, List<TopicStep> steps, Map<String, Map<String, String>> configs,
            Set<String> resumed) {
        BatchOutcome outcome = batch.outcome;
        Instant deadline = Instant.now().plus(settings.deletionTimeout());
        Set<String> replaced = new HashSet<>();
        List<TopicStep> alreadyReplaced = TopicReplacement.alreadyDone(batch, outcome.live(steps,
                step -> step.action() == ChangeAction.REPLACE && resumed.contains(step.changeId())), configs);
        alreadyReplaced.forEach(step -> replaced.add(step.changeId()));
        TopicDeletion.delete(batch, outcome.live(steps,
                step -> step.deletes() && !replaced.contains(step.changeId())));
        TopicDeletion.awaitGone(batch, outcome.live(steps,
                step -> step.action() == ChangeAction.REPLACE && !replaced.contains(step.changeId())), deadline);
        List<TopicStep> existing = new ArrayList<>(TopicCreation.create(batch, outcome.live(steps,
                step -> step.creates() && !replaced.contains(step.changeId())), configs, deadline, resumed));
        existing.addAll(alreadyReplaced);
        TopicUpdate.growPartitions(batch, outcome.live(steps, step -> step.diff() != null
                && step.diff().partitions() != null));
        List<TopicUpdate.ConfigChange> configChanges = new ArrayList<>();
        for (TopicStep step : outcome.live(steps, step -> step.diff() != null && step.diff().changesConfig())) {
            configChanges.add(new TopicUpdate.ConfigChange(step, configs.get(step.changeId()), step.diff().delete()));
        }
        // An existing topic with the wanted counts is the desired one once its declared configs are set.
        for (TopicStep step : existing) {
            configChanges.add(new TopicUpdate.ConfigChange(step, configs.get(step.changeId()), Set.of()));
        }
        TopicUpdate.alterConfigs(batch, configChanges);
    }

    /**
     * The config values each step sets, placeholders resolved: {@code after.config} for creates and replaces, the SET
     * values of the diff for updates. A step with an unset variable fails here, before anything is touched (a replace
     * must not delete a topic it cannot create again).
     */
    private Map<String, Map<String, String>> resolveConfigs(List<TopicStep> steps, BatchOutcome outcome) {
        Map<String, Map<String, String>> resolved = new HashMap<>();
        for (TopicStep step : steps) {
            Map<String, String> declared = step.creates() ? step.after().config()
                    : step.diff() != null ? step.diff().set() : Map.of();
            try {
                resolved.put(step.changeId(), placeholders.resolveAll(declared));
            } catch (UnresolvedPlaceholderException unset) {
                outcome.fail(step.changeId(), "cannot set the configs of topic '" + step.name() + "': "
                        + unset.getMessage());
            }
        }
        return resolved;
    }

    private static List<String> placeholderTexts(KafkaConnection connection, List<TopicStep> steps) {
        List<String> texts = new ArrayList<>(SecretScrubber.textsOf(connection));
        for (TopicStep step : steps) {
            if (step.after() != null) {
                texts.addAll(step.after().config().values());
            }
            if (step.diff() != null) {
                texts.addAll(step.diff().set().values());
            }
        }
        return texts;
    }
}
