package dev.streamt.runtime.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.events.StreamtTopic;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnedTopicsTest {

    private static final TopicSettings DEFAULTS =
            new TopicSettings(6, Optional.empty(), Duration.ofDays(7), Optional.empty(), 16 * 1024 * 1024);

    @Test
    void createsOnlyTheOwnedTopicsThatAreMissing() {
        List<StreamtTopic> owned = StreamtTopic.ownedBy("compiler-service");

        List<OwnedTopics.TopicToCreate> missing =
                OwnedTopics.missing(owned, Set.of("streamt.compile.commands", "unrelated"), DEFAULTS);

        assertThat(missing).extracting(OwnedTopics.TopicToCreate::name).containsExactly("streamt.manifest.events");
        assertThat(missing.get(0).partitions()).isEqualTo(6);
        assertThat(missing.get(0).replicationFactor()).isNull();
    }

    @Test
    void commandsExpireButEventsAreKeptForReplay() {
        StreamtTopic commands = StreamtTopic.byName("streamt.compile.commands").orElseThrow();
        StreamtTopic events = StreamtTopic.byName("streamt.manifest.events").orElseThrow();

        assertThat(OwnedTopics.configs(commands, DEFAULTS))
                .containsEntry("retention.ms", Long.toString(Duration.ofDays(7).toMillis()))
                .containsEntry("max.message.bytes", "16777216");
        assertThat(OwnedTopics.configs(events, DEFAULTS)).containsEntry("retention.ms", "-1");
    }

    @Test
    void aConfiguredEventRetentionAndReplicationFactorAreUsed() {
        TopicSettings settings = new TopicSettings(3, Optional.of((short) 3), Duration.ofDays(1),
                Optional.of(Duration.ofDays(30)), 1_048_576);

        List<OwnedTopics.TopicToCreate> missing =
                OwnedTopics.missing(StreamtTopic.ownedBy("deployer-service"), Set.of(), settings);

        assertThat(missing).hasSize(2).allSatisfy(t -> assertThat(t.replicationFactor()).isEqualTo((short) 3));
        assertThat(missing).filteredOn(t -> t.name().equals("streamt.deployment.events"))
                .singleElement()
                .satisfies(t -> assertThat(t.configs()).containsEntry("retention.ms",
                        Long.toString(Duration.ofDays(30).toMillis())));
    }

    @Test
    void aServiceThatOwnsNoTopicCreatesNone() {
        assertThat(OwnedTopics.missing(StreamtTopic.ownedBy("lineage-service"), Set.of(), DEFAULTS)).isEmpty();
    }

    @Test
    void badSettingsFailAtStartupWithTheReason() {
        assertThatThrownBy(() -> new TopicSettings(0, Optional.empty(), Duration.ofDays(1), Optional.empty(), 1))
                .hasMessageContaining("partitions");
        assertThatThrownBy(() -> new TopicSettings(1, Optional.of((short) 0), Duration.ofDays(1), Optional.empty(), 1))
                .hasMessageContaining("replication factor");
    }
}
