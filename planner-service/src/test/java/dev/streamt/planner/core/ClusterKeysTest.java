package dev.streamt.planner.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.contracts.manifest.RuntimeTargets;
import org.junit.jupiter.api.Test;

class ClusterKeysTest {

    private static RuntimeTargets kafka(String bootstrap) {
        return new RuntimeTargets(KafkaConnection.plaintext(bootstrap));
    }

    @Test
    void oneClusterWhateverTheOrderCaseAndSpacesOfItsBootstrapServers() {
        assertThat(ClusterKeys.of(ChangeTarget.KAFKA_TOPIC, kafka("b:9092, A:9092")))
                .isEqualTo(ClusterKeys.of(ChangeTarget.KAFKA_TOPIC, kafka("a:9092,b:9092")))
                .isEqualTo("a:9092,b:9092");
    }

    @Test
    void twoClustersKeyApartAndPlaceholdersStayUnresolved() {
        assertThat(ClusterKeys.of(ChangeTarget.KAFKA_TOPIC, kafka("east:9092")))
                .isNotEqualTo(ClusterKeys.of(ChangeTarget.KAFKA_TOPIC, kafka("west:9092")));
        assertThat(ClusterKeys.of(ChangeTarget.KAFKA_TOPIC, kafka("${ORDERS_KAFKA}"))).isEqualTo("${ORDERS_KAFKA}");
    }

    @Test
    void targetsWithoutAClusterAndManifestsWithoutKafkaHaveNone() {
        assertThat(ClusterKeys.of(ChangeTarget.FLINK_JOB, kafka("east:9092"))).isEqualTo(ClusterKeys.NONE);
        assertThat(ClusterKeys.of(ChangeTarget.KAFKA_TOPIC, RuntimeTargets.NONE)).isEqualTo(ClusterKeys.NONE);
    }
}
