package dev.streamt.planner.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.changeset.FieldDiff;
import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.contracts.manifest.RuntimeTargets;
import dev.streamt.planner.target.kafka.KafkaTopicPlanner;
import dev.streamt.planner.target.kafka.TopicRules;
import dev.streamt.planner.target.kafka.TopicState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DriftDetectorTest {

    private static final RuntimeTargets RUNTIME = new RuntimeTargets(KafkaConnection.plaintext("kafka:9092"));

    private final Map<String, Map<String, Object>> cluster = new HashMap<>();

    private final DriftDetector detector = new DriftDetector(List.of(new KafkaTopicPlanner(new ResourceCollector() {
        @Override
        public Map<String, Map<String, Object>> collect(RuntimeTargets runtime, Set<String> names) {
            Map<String, Map<String, Object>> found = new HashMap<>(cluster);
            found.keySet().retainAll(names);
            return found;
        }

        @Override
        public void close() {
        }
    }, TopicRules.standard())));

    private Ownership owns(String... names) {
        Ownership.Builder builder = Ownership.builder(Owner.of("payments", "dev"));
        for (String name : names) {
            builder.ownedBySelf(ChangeTarget.KAFKA_TOPIC, name,
                    TopicState.of(name, 3, 1, Map.of("retention.ms", "604800000")));
        }
        return builder.build();
    }

    @Test
    void whatRunsAsAppliedIsNoDrift() {
        cluster.put("orders", TopicState.running("orders", 3, 1, Map.of("retention.ms", "604800000"),
                List.of("retention.ms")));
        assertThat(detector.detect(RUNTIME, owns("orders"))).isEmpty();
    }

    @Test
    void aTopicDeletedOutsideStreamtComesBackAsACreate() {
        List<Change> drift = detector.detect(RUNTIME, owns("orders"));
        assertThat(drift).extracting(Change::action).containsExactly(ChangeAction.CREATE);
        assertThat(drift.get(0).after()).containsEntry("partitions", 3);
    }

    @Test
    void aConfigChangedOutsideStreamtIsAnUpdateBack() {
        cluster.put("orders", TopicState.running("orders", 3, 1, Map.of("retention.ms", "1000"),
                List.of("retention.ms")));
        List<Change> drift = detector.detect(RUNTIME, owns("orders"));
        assertThat(drift).hasSize(1);
        assertThat(drift.get(0).action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(drift.get(0).diff()).containsExactly(new FieldDiff("config.retention.ms", "1000", "604800000"));
    }

    @Test
    void partitionsAddedOutsideStreamtCannotBeUndone() {
        cluster.put("orders", TopicState.running("orders", 12, 1, Map.of("retention.ms", "604800000"),
                List.of("retention.ms")));
        assertThat(detector.detect(RUNTIME, owns("orders"))).extracting(Change::action)
                .containsExactly(ChangeAction.BLOCKED);
    }
}
