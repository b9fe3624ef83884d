package dev.streamt.deployer.core;

import static dev.streamt.deployer.core.Changes.of;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepOrderTest {

    @Test
    void createsRunSchemasTopicsGatewayRulesFlinkJobsConnectorsThenDeletesInReverse() {
        List<Change> changes = List.of(
                of(ChangeTarget.CONNECTOR, "sink", ChangeAction.CREATE),
                of(ChangeTarget.KAFKA_TOPIC, "old", ChangeAction.DELETE),
                of(ChangeTarget.FLINK_JOB, "job", ChangeAction.UPDATE),
                of(ChangeTarget.CONNECTOR, "old-sink", ChangeAction.DELETE),
                of(ChangeTarget.KAFKA_TOPIC, "orders", ChangeAction.CREATE),
                of(ChangeTarget.GATEWAY_RULE, "mask", ChangeAction.REPLACE),
                of(ChangeTarget.SCHEMA, "orders-value", ChangeAction.CREATE),
                of(ChangeTarget.FLINK_JOB, "old-job", ChangeAction.DELETE));

        assertThat(StepOrder.of(changes)).extracting(Change::id).containsExactly(
                "schema:orders-value", "kafka_topic:orders", "gateway_rule:mask", "flink_job:job", "connector:sink",
                "connector:old-sink", "flink_job:old-job", "kafka_topic:old");
    }

    @Test
    void changesWithoutWorkAreNoStepsAndTheChangeSetOrderIsKeptWithinATarget() {
        List<Change> changes = List.of(
                of(ChangeTarget.KAFKA_TOPIC, "b", ChangeAction.CREATE),
                of(ChangeTarget.KAFKA_TOPIC, "same", ChangeAction.NONE),
                of(ChangeTarget.KAFKA_TOPIC, "a", ChangeAction.UPDATE),
                of(ChangeTarget.KAFKA_TOPIC, "c", ChangeAction.REPLACE));

        assertThat(StepOrder.of(changes)).extracting(Change::name).containsExactly("b", "a", "c");
    }

    @Test
    void deletesAndCreatesOfOneTargetAreDifferentGroups() {
        assertThat(StepOrder.sameGroup(ChangeTarget.KAFKA_TOPIC, ChangeAction.CREATE, ChangeTarget.KAFKA_TOPIC,
                ChangeAction.REPLACE)).isTrue();
        assertThat(StepOrder.sameGroup(ChangeTarget.KAFKA_TOPIC, ChangeAction.CREATE, ChangeTarget.KAFKA_TOPIC,
                ChangeAction.DELETE)).isFalse();
        assertThat(StepOrder.sameGroup(ChangeTarget.KAFKA_TOPIC, ChangeAction.CREATE, ChangeTarget.SCHEMA,
                ChangeAction.CREATE)).isFalse();
    }
}
