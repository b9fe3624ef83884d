package dev.streamt.deployer.target.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicSpecTest {

    @Test
    void readsTheSharedStateFormat() {
        TopicSpec spec = TopicSpec.fromState(state("orders", 6, 3,
                Map.of("retention.ms", "604800000", "cleanup.policy", "delete")), "after");

        assertThat(spec).isEqualTo(new TopicSpec("orders", 6, (short) 3,
                Map.of("retention.ms", "604800000", "cleanup.policy", "delete")));
    }

    @Test
    void acceptsJsonNumbersOfAnyTypeAndNumericOrBooleanConfigValues() {
        Map<String, Object> state = state("orders", 6L, 1.0, Map.of());
        state.put("config", Map.of("retention.ms", 3600000, "unclean.leader.election.enable", false,
                "min.cleanable.dirty.ratio", 0.5));

        TopicSpec spec = TopicSpec.fromState(state, "after");

        assertThat(spec.partitions()).isEqualTo(6);
        assertThat(spec.replicationFactor()).isEqualTo((short) 1);
        assertThat(spec.config()).containsEntry("retention.ms", "3600000")
                .containsEntry("unclean.leader.election.enable", "false")
                .containsEntry("min.cleanable.dirty.ratio", "0.5");
    }

    @Test
    void keepsPlaceholdersUnresolved() {
        assertThat(TopicSpec.fromState(state("t", 1, 1, Map.of("retention.ms", "${RETENTION}")), "after").config())
                .containsEntry("retention.ms", "${RETENTION}");
    }

    @Test
    void aMissingConfigIsNoConfig() {
        Map<String, Object> state = state("t", 1, 1, Map.of());
        state.remove("config");

        assertThat(TopicSpec.fromState(state, "after").config()).isEmpty();
    }

    @Test
    void badInputIsAClearErrorNamingTheField() {
        assertThatThrownBy(() -> TopicSpec.fromState(null, "after")).hasMessage("after is missing");
        assertThatThrownBy(() -> TopicSpec.fromState(state(" ", 1, 1, Map.of()), "after"))
                .hasMessageContaining("after.name must be a non-blank string");
        assertThatThrownBy(() -> TopicSpec.fromState(state("t", "three", 1, Map.of()), "after"))
                .hasMessage("after.partitions must be a whole number, got a string");
        assertThatThrownBy(() -> TopicSpec.fromState(state("t", 2.5, 1, Map.of()), "after"))
                .hasMessageContaining("after.partitions must be a whole number");
        assertThatThrownBy(() -> TopicSpec.fromState(state("t", 0, 1, Map.of()), "after"))
                .hasMessage("after.partitions must be between 1 and 2147483647, got 0");
        assertThatThrownBy(() -> TopicSpec.fromState(state("t", 1, null, Map.of()), "before"))
                .hasMessage("before.replication_factor must be a whole number, got nothing");
        assertThatThrownBy(() -> TopicSpec.fromState(state("t", 1, 40_000, Map.of()), "after"))
                .hasMessageContaining("after.replication_factor must be between 1 and 32767");
    }

    @Test
    void badConfigIsAClearErrorNamingTheKey() {
        Map<String, Object> notAnObject = state("t", 1, 1, Map.of());
        notAnObject.put("config", List.of("retention.ms"));
        assertThatThrownBy(() -> TopicSpec.fromState(notAnObject, "after"))
                .hasMessage("after.config must be an object, got an array");

        Map<String, Object> nested = state("t", 1, 1, Map.of());
        nested.put("config", Map.of("retention.ms", Map.of("value", 1)));
        assertThatThrownBy(() -> TopicSpec.fromState(nested, "after"))
                .hasMessageStartingWith("after.config.retention.ms must be a string, number or boolean");
    }

    static Map<String, Object> state(String name, Object partitions, Object replication, Map<String, ?> config) {
        Map<String, Object> state = new HashMap<>();
        state.put("name", name);
        state.put("partitions", partitions);
        state.put("replication_factor", replication);
        state.put("config", new HashMap<>(config));
        return state;
    }
}
