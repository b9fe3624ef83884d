package dev.streamt.deployer.target.kafka;

import dev.streamt.runtime.clusters.KafkaErrors;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.InvalidPartitionsException;

/**
 * In-place changes: one CreatePartitions per request chunk for partition increases, one IncrementalAlterConfigs per
 * request chunk for config SET/DELETE operations. Both are idempotent by nature except a partition count already
 * reached, which Kafka refuses: the live count decides then. Stateless.
 */
final class TopicUpdate {

    /** The config operations of one step: SET {@code set} (resolved values), DELETE the overrides of {@code delete}. */
    record ConfigChange(TopicStep step, Map<String, String> set, Set<String> delete) {

        int records() {
            return set.size() + delete.size();
        }
    }

    private TopicUpdate() {
    }

    /** Grows each topic of {@code steps} to its {@code diff.partitions}. */
    static void growPartitions(AdminBatch batch, List<TopicStep> steps) {
        // One PartitionRecord per added partition; the target count bounds the added ones (the live count is unknown).
        for (List<TopicStep> chunk : RequestChunks.split(steps, step -> step.diff().partitions(),
                batch.settings.batchSize(), batch.settings.maxRecordsPerRequest())) {
            Map<String, TopicStep> byName = TopicDeletion.byName(chunk);
            Map<String, NewPartitions> increases = new HashMap<>();
            chunk.forEach(step -> increases.put(step.name(), NewPartitions.increaseTo(step.diff().partitions())));
            Map<String, Throwable> failures = KafkaErrors.failures(batch.admin.createPartitions(increases).values());
            List<TopicStep> refused = new ArrayList<>();
            failures.forEach((name, failure) -> {
                if (failure instanceof InvalidPartitionsException) {
                    refused.add(byName.get(name));
                } else {
                    batch.fail(byName.get(name), failure);
                }
            });
            decideRefused(batch, refused, failures);
        }
    }

    /** Applies {@code changes}; a step with no operation is left as it is. */
    static void alterConfigs(AdminBatch batch, List<ConfigChange> changes) {
        List<ConfigChange> withOps = changes.stream().filter(change -> change.records() > 0).toList();
        for (List<ConfigChange> chunk : RequestChunks.split(withOps, ConfigChange::records, batch.settings.batchSize(),
                batch.settings.maxRecordsPerRequest())) {
            Map<ConfigResource, Collection<AlterConfigOp>> ops = new LinkedHashMap<>();
            Map<ConfigResource, TopicStep> steps = new HashMap<>();
            for (ConfigChange change : chunk) {
                ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, change.step().name());
                ops.put(topic, configOps(change.set(), change.delete()));
                steps.put(topic, change.step());
            }
            KafkaErrors.failures(batch.admin.incrementalAlterConfigs(ops).values())
                    .forEach((topic, failure) -> batch.fail(steps.get(topic), failure));
        }
    }

    /** SET of every {@code set} entry and DELETE of every {@code delete} key, in key order. */
    static List<AlterConfigOp> configOps(Map<String, String> set, Set<String> delete) {
        List<AlterConfigOp> ops = new ArrayList<>();
        new TreeSet<>(set.keySet()).forEach(key -> ops.add(
                new AlterConfigOp(new ConfigEntry(key, set.get(key)), AlterConfigOp.OpType.SET)));
        // DELETE takes the key only: the value of the entry is ignored by Kafka.
        new TreeSet<>(delete).forEach(key -> ops.add(
                new AlterConfigOp(new ConfigEntry(key, ""), AlterConfigOp.OpType.DELETE)));
        return ops;
    }

    /** A refused increase is done when the topic has the count already; more partitions than wanted is an error. */
    private static void decideRefused(AdminBatch batch, List<TopicStep> refused, Map<String, Throwable> refusals) {
        Map<String, Throwable> failures = new HashMap<>();
        Map<String, AdminBatch.Counts> live = batch.describeExisting(AdminBatch.names(refused), failures);
        for (TopicStep step : refused) {
            AdminBatch.Counts counts = live.get(step.name());
            String refusal = KafkaErrors.describe(refusals.get(step.name()), batch.scrubber);
            if (counts == null) {
                batch.fail(step, refusal);
                continue;
            }
            String error = TopicDecisions.onPartitionsRefused(step.name(), step.diff().partitions(),
                    counts.partitions(), refusal);
            if (error != null) {
                batch.fail(step, error);
            }
        }
    }
}
