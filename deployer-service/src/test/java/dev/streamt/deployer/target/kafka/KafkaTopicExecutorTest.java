package dev.streamt.deployer.target.kafka;

import static dev.streamt.deployer.target.kafka.TopicSpecTest.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.manifest.EnvironmentSafety;
import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.contracts.manifest.RuntimeTargets;
import dev.streamt.deployer.core.StepResult;
import dev.streamt.runtime.clusters.AdminClients;
import dev.streamt.runtime.clusters.ClusterTimeouts;
import dev.streamt.runtime.secrets.Placeholders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The paths that fail before any admin call, so no broker is needed. */
class KafkaTopicExecutorTest {

    private final AdminClients clients = new AdminClients("streamt-deployer-test",
            new ClusterTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(30)));
    private final KafkaTopicExecutor executor = new KafkaTopicExecutor(clients,
            new Placeholders(Map.of("RETENTION", "86400123")::get),
            new KafkaTargetSettings(25, 9_000, Duration.ofSeconds(5)));

    @AfterEach
    void close() {
        clients.close();
    }

    @Test
    void isTheKafkaTopicExecutorWithTheConfiguredBatchSize() {
        assertThat(executor.target()).isEqualTo(ChangeTarget.KAFKA_TOPIC);
        assertThat(executor.batchSize()).isEqualTo(25);
    }

    @Test
    void anUnsetVariableOfTheClusterFailsEveryStepNamingItAndOpensNoClient() {
        Change create = TopicStepTest.change(ChangeAction.CREATE, "orders", null,
                state("orders", 1, 1, Map.of("retention.ms", "${RETENTION}")), List.of());

        List<StepResult> results = executor.execute(changeSet("${UNSET_BOOTSTRAP}", create), List.of(create));

        assertThat(results).singleElement().satisfies(result -> {
            assertThat(result.changeId()).isEqualTo("kafka_topic:orders");
            assertThat(result.error()).contains("UNSET_BOOTSTRAP").doesNotContain("86400123");
        });
        assertThat(clients.size()).isZero();
    }

    @Test
    void everyChangeGetsAResultAndAMalformedOneSaysWhy() {
        Change malformed = TopicStepTest.change(ChangeAction.CREATE, "bad", null, state("bad", 0, 1, Map.of()),
                List.of());
        Change unset = TopicStepTest.change(ChangeAction.CREATE, "secret", null,
                state("secret", 1, 1, Map.of("retention.ms", "${UNSET_RETENTION}")), List.of());

        List<StepResult> results = executor.execute(changeSet("${UNSET_BOOTSTRAP}", malformed, unset),
                List.of(malformed, unset));

        assertThat(results).extracting(StepResult::changeId).containsExactly("kafka_topic:bad", "kafka_topic:secret");
        assertThat(results.get(0).error()).isEqualTo(
                "cannot apply kafka_topic:bad: after.partitions must be between 1 and 2147483647, got 0");
        assertThat(results.get(1).error()).contains("UNSET_RETENTION");
    }

    @Test
    void aChangeSetWithoutAClusterFailsItsSteps() {
        Change create = TopicStepTest.change(ChangeAction.CREATE, "orders", null, state("orders", 1, 1, Map.of()),
                List.of());
        ChangeSet noCluster = new ChangeSet("cs-1", "payments", "dev", "sha256:m", null, Instant.now(), null,
                List.of(create), RuntimeTargets.NONE, EnvironmentSafety.UNPROTECTED);

        assertThat(executor.execute(noCluster, List.of(create))).singleElement()
                .satisfies(result -> assertThat(result.error()).contains("runtime.kafka"));
    }

    private static ChangeSet changeSet(String bootstrap, Change... changes) {
        return new ChangeSet("cs-1", "payments", "dev", "sha256:m", null, Instant.now(), null, List.of(changes),
                new RuntimeTargets(KafkaConnection.plaintext(bootstrap)), EnvironmentSafety.UNPROTECTED);
    }
}
