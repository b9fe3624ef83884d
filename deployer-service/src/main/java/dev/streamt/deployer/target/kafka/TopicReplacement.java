package dev.streamt.deployer.target.kafka;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;

/**
 * A replace resumed after a crash may have got as far as creating the new topic, which may already hold new records.
 * Deleting it again would lose them, so a resumed replace whose topic already has what the replace was for — the new
 * replication factor and cleanup.policy, and the wanted partitions — counts as done. Stateless.
 */
final class TopicReplacement {

    static final String CLEANUP_POLICY = "cleanup.policy";

    private TopicReplacement() {
    }

    /**
     * The resumed replaces of {@code steps} whose new topic is already in place ({@code configs}: the resolved configs
     * by change id); the others still need their delete and create. A topic that cannot be read counts as not done.
     */
    static List<TopicStep> alreadyDone(AdminBatch batch, List<TopicStep> steps, Map<String, Map<String, String>> configs) {
        if (steps.isEmpty()) {
            return List.of();
        }
        Map<String, AdminBatch.Counts> counts = batch.describe(AdminBatch.names(steps), new HashMap<>());
        Map<String, String> policies = cleanupPolicies(batch, AdminBatch.names(steps));
        List<TopicStep> done = new ArrayList<>();
        for (TopicStep step : steps) {
            AdminBatch.Counts live = counts.get(step.name());
            String wantedPolicy = configs.getOrDefault(step.changeId(), Map.of()).get(CLEANUP_POLICY);
            if (live != null && isReplaced(step.after(), live.partitions(), live.replicationFactor(),
                    policies.get(step.name()), wantedPolicy)) {
                done.add(step);
            }
        }
        return done;
    }

    /** Whether a live topic is the new topic of a replace to {@code after} (policy null when not declared). */
    static boolean isReplaced(TopicSpec after, int partitions, int replicationFactor, String livePolicy,
            String wantedPolicy) {
        return partitions == after.partitions() && replicationFactor == after.replicationFactor()
                && (wantedPolicy == null || policySet(wantedPolicy).equals(policySet(livePolicy)));
    }

    private static TreeSet<String> policySet(String policy) {
        TreeSet<String> set = new TreeSet<>();
        if (policy != null) {
            Arrays.stream(policy.split(",")).map(String::trim).filter(p -> !p.isEmpty()).forEach(set::add);
        }
        return set;
    }

    private static Map<String, String> cleanupPolicies(AdminBatch batch, List<String> names) {
        List<ConfigResource> resources = names.stream()
                .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        Map<String, String> policies = new HashMap<>();
        for (Map.Entry<ConfigResource, KafkaFuture<Config>> entry
                : batch.admin.describeConfigs(resources).values().entrySet()) {
            try {
                ConfigEntry policy = entry.getValue().get().get(CLEANUP_POLICY);
                if (policy != null) {
                    policies.put(entry.getKey().name(), policy.value());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return policies;
            } catch (ExecutionException | RuntimeException unreadable) {
                // not readable: the replace runs again, as it would have without this check
            }
        }
        return policies;
    }
}
