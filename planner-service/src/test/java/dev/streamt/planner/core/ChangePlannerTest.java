package dev.streamt.planner.core;

import static dev.streamt.planner.core.Manifests.manifest;
import static dev.streamt.planner.core.Manifests.topic;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeSummary;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.changeset.FieldDiff;
import dev.streamt.contracts.manifest.RuntimeTargets;
import dev.streamt.planner.target.kafka.KafkaTopicPlanner;
import dev.streamt.planner.target.kafka.TopicRules;
import dev.streamt.planner.target.kafka.TopicState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangePlannerTest {

    private static final ChangeTarget TOPIC = ChangeTarget.KAFKA_TOPIC;
    private static final Owner PAYMENTS_DEV = Owner.of("payments", "dev");

    /** What runs on the cluster, by topic name; what the planner asked for. */
    private final Map<String, Map<String, Object>> cluster = new HashMap<>();
    private Set<String> asked;

    private final ChangePlanner planner = new ChangePlanner(List.of(new KafkaTopicPlanner(new ResourceCollector() {
        @Override
        public Map<String, Map<String, Object>> collect(RuntimeTargets runtime, Set<String> names) {
            asked = names;
            Map<String, Map<String, Object>> found = new HashMap<>(cluster);
            found.keySet().retainAll(names);
            return found;
        }

        @Override
        public void close() {
        }
    }, TopicRules.standard())));

    private void runs(String name, int partitions, Map<String, String> config) {
        cluster.put(name, TopicState.running(name, partitions, 1, config, config.keySet()));
    }

    private static Map<String, Object> applied(String name, int partitions, Map<String, String> config) {
        return TopicState.of(name, partitions, 1, config);
    }

    private static Change only(List<Change> changes, String name) {
        return changes.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNewTopicIsCreatedWithItsDeclaredState() {
        List<Change> changes = planner.plan(manifest("payments", "dev", topic("payments.orders", 3, Map.of())),
                Ownership.builder(PAYMENTS_DEV).build());
        assertThat(changes).hasSize(1);
        Change create = changes.get(0);
        assertThat(create.id()).isEqualTo("kafka_topic:payments.orders");
        assertThat(create.action()).isEqualTo(ChangeAction.CREATE);
        assertThat(create.before()).isNull();
        assertThat(create.after()).containsEntry("partitions", 3).containsEntry("replication_factor", 1);
    }

    @Test
    void anOwnedIdenticalTopicIsUnchangedAndThePlanHasNoWork() {
        runs("payments.orders", 3, Map.of("retention.ms", "1000"));
        List<Change> changes = planner.plan(
                manifest("payments", "dev", topic("payments.orders", 3, Map.of("retention.ms", "1000"))),
                Ownership.builder(PAYMENTS_DEV).ownedBySelf(TOPIC, "payments.orders",
                        applied("payments.orders", 3, Map.of("retention.ms", "1000"))).build());
        assertThat(changes).extracting(Change::action).containsExactly(ChangeAction.NONE);
        assertThat(ChangeSummary.of(changes).hasWork()).isFalse();
    }

    @Test
    void anOwnedTopicWithOtherPartitionsAndConfigIsUpdated() {
        runs("payments.orders", 3, Map.of("retention.ms", "86400000"));
        Change update = planner.plan(
                manifest("payments", "dev", topic("payments.orders", 6, Map.of("retention.ms", "604800000"))),
                Ownership.builder(PAYMENTS_DEV).ownedBySelf(TOPIC, "payments.orders", null).build()).get(0);
        assertThat(update.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(update.diff()).containsExactly(new FieldDiff("partitions", 3, 6),
                new FieldDiff("config.retention.ms", "86400000", "604800000"));
        assertThat(update.before()).isEqualTo(TopicState.of("payments.orders", 3, 1,
                Map.of("retention.ms", "86400000")));
    }

    @Test
    void aRemovedOverrideIsAnUpdateToNull() {
        runs("payments.orders", 3, Map.of("retention.ms", "86400000"));
        Change update = planner.plan(manifest("payments", "dev", topic("payments.orders", 3, Map.of())),
                Ownership.builder(PAYMENTS_DEV).ownedBySelf(TOPIC, "payments.orders",
                        applied("payments.orders", 3, Map.of("retention.ms", "86400000"))).build()).get(0);
        assertThat(update.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(update.diff()).containsExactly(new FieldDiff("config.retention.ms", "86400000", null));
        assertThat(TopicState.config(update.before())).containsEntry("retention.ms", "86400000");
    }

    @Test
    void anOwnedTopicNoLongerDeclaredIsDeletedDestructively() {
        runs("payments.old", 3, Map.of());
        runs("payments.orders", 3, Map.of());
        List<Change> changes = planner.plan(manifest("payments", "dev", topic("payments.orders", 3, Map.of())),
                Ownership.builder(PAYMENTS_DEV).ownedBySelf(TOPIC, "payments.orders", null)
                        .ownedBySelf(TOPIC, "payments.old", applied("payments.old", 3, Map.of())).build());
        assertThat(changes).extracting(Change::name).containsExactly("payments.orders", "payments.old");
        Change delete = only(changes, "payments.old");
        assertThat(delete.action()).isEqualTo(ChangeAction.DELETE);
        assertThat(delete.destructive()).isTrue();
        assertThat(delete.after()).isNull();
        assertThat(delete.before()).containsEntry("partitions", 3);
    }

    @Test
    void anOwnedTopicAlreadyGoneIsNotDeletedAgain() {
        List<Change> changes = planner.plan(manifest("payments", "dev"),
                Ownership.builder(PAYMENTS_DEV).ownedBySelf(TOPIC, "payments.old", null).build());
        assertThat(changes).isEmpty();
    }

    @Test
    void aRunningTopicNobodyOwnsIsBlockedAndNeverTouched() {
        runs("payments.orders", 1, Map.of());
        Change blocked = planner.plan(manifest("payments", "dev", topic("payments.orders", 3, Map.of())),
                Ownership.builder(PAYMENTS_DEV).build()).get(0);
        assertThat(blocked.action()).isEqualTo(ChangeAction.BLOCKED);
        assertThat(blocked.reason()).isEqualTo(Change.REASON_NOT_MANAGED);
        assertThat(blocked.diff()).isEmpty();
    }

    @Test
    void aTopicOwnedByAnotherProjectIsBlockedNamingTheOwner() {
        runs("shared.orders", 3, Map.of());
        Change blocked = planner.plan(manifest("payments", "dev", topic("shared.orders", 3, Map.of())),
                Ownership.builder(PAYMENTS_DEV).ownedBy(TOPIC, "shared.orders", Owner.of("billing", "prod"))
                        .build()).get(0);
        assertThat(blocked.action()).isEqualTo(ChangeAction.BLOCKED);
        assertThat(blocked.reason()).isEqualTo("managed by project 'billing' (environment 'prod')");
    }

    @Test
    void anotherEnvironmentOfTheSameProjectIsAnotherOwner() {
        runs("orders", 3, Map.of());
        Change blocked = planner.plan(manifest("payments", "prod", topic("orders", 3, Map.of())),
                Ownership.builder(Owner.of("payments", "prod")).ownedBy(TOPIC, "orders", PAYMENTS_DEV).build())
                .get(0);
        assertThat(blocked.reason()).isEqualTo("managed by project 'payments' (environment 'dev')");
    }

    @Test
    void aPartitionDecreaseIsBlockedNotACrash() {
        runs("payments.orders", 6, Map.of());
        Change blocked = planner.plan(manifest("payments", "dev", topic("payments.orders", 3, Map.of())),
                Ownership.builder(PAYMENTS_DEV).ownedBySelf(TOPIC, "payments.orders", null).build()).get(0);
        assertThat(blocked.action()).isEqualTo(ChangeAction.BLOCKED);
        assertThat(blocked.reason()).contains("running 6, declared 3");
    }

    @Test
    void aNewReplicationFactorIsADestructiveReplace() {
        runs("payments.orders", 3, Map.of());
        Change replace = planner.plan(manifest("payments", "dev",
                new dev.streamt.contracts.manifest.TopicArtifact("payments.orders", 3, 3, Map.of(), null)),
                Ownership.builder(PAYMENTS_DEV).ownedBySelf(TOPIC, "payments.orders", null).build()).get(0);
        assertThat(replace.action()).isEqualTo(ChangeAction.REPLACE);
        assertThat(replace.destructive()).isTrue();
    }

    @Test
    void sourceTopicsAndUndeclaredForeignTopicsAreNeverPlannedOrRead() {
        runs("orders.raw", 3, Map.of());
        runs("someone.elses", 3, Map.of());
        List<Change> changes = planner.plan(Manifests.manifest("m", "payments", "dev", "kafka:9092",
                List.of(Manifests.source("orders_raw", "orders.raw")),
                List.of(topic("orders.raw", 3, Map.of()), topic("payments.orders", 3, Map.of()))),
                Ownership.builder(PAYMENTS_DEV).build());
        assertThat(changes).extracting(Change::name).containsExactly("payments.orders");
        assertThat(asked).containsExactly("payments.orders");
    }

    @Test
    void thePlatformsSharedTopicIsCreatedByWhoeverNeedsItAndThenLeftToEveryone() {
        String failures = "_streamt_test_failures";
        List<Change> first = planner.plan(manifest("payments", "dev", topic(failures, 3, Map.of())),
                Ownership.builder(PAYMENTS_DEV).build());
        assertThat(only(first, failures).action()).isEqualTo(ChangeAction.CREATE);

        runs(failures, 3, Map.of());
        Owner shop = Owner.of("shop", "dev");
        List<Change> other = planner.plan(manifest("shop", "dev", topic(failures, 6, Map.of())),
                Ownership.builder(shop).ownedBy(TOPIC, failures, PAYMENTS_DEV).build());
        assertThat(only(other, failures).action()).isEqualTo(ChangeAction.NONE);
        assertThat(only(other, failures).reason()).startsWith("shared by every project");

        List<Change> withoutIt = planner.plan(manifest("payments", "dev"),
                Ownership.builder(PAYMENTS_DEV).ownedBySelf(TOPIC, failures, applied(failures, 3, Map.of())).build());
        assertThat(withoutIt).isEmpty();
    }

    @Test
    void aDeclaredSecretIsShownAsItsPlaceholderInTheRunningState() {
        runs("payments.orders", 3, Map.of("message.token", "s3cr3t-resolved"));
        Change change = only(planner.plan(
                manifest("payments", "dev", topic("payments.orders", 3, Map.of("message.token", "${TOKEN}"))),
                Ownership.builder(PAYMENTS_DEV).ownedBySelf(TOPIC, "payments.orders",
                        applied("payments.orders", 3, Map.of("message.token", "${TOKEN}"))).build()),
                "payments.orders");
        assertThat(change.action()).isEqualTo(ChangeAction.NONE);
        assertThat(change.before().toString()).contains("${TOKEN}").doesNotContain("s3cr3t-resolved");
    }
}
