package dev.streamt.deployer.target.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a replace resumed after a crash finds that its new topic is already there (and must not be deleted again). */
class TopicReplacementTest {

    private static final TopicSpec COMPACTED_RF3 = new TopicSpec("ledger", 6, (short) 3,
            Map.of("cleanup.policy", "compact,delete"));

    @Test
    void theNewTopicWithTheNewReplicationAndPolicyIsTheReplacementAlreadyMade() {
        assertThat(TopicReplacement.isReplaced(COMPACTED_RF3, 6, 3, "delete, compact", "compact,delete")).isTrue();
    }

    @Test
    void theOldTopicStillNeedsItsReplace() {
        assertThat(TopicReplacement.isReplaced(COMPACTED_RF3, 6, 1, "compact,delete", "compact,delete")).isFalse();
        assertThat(TopicReplacement.isReplaced(COMPACTED_RF3, 6, 3, "delete", "compact,delete")).isFalse();
        assertThat(TopicReplacement.isReplaced(COMPACTED_RF3, 3, 3, "compact,delete", "compact,delete")).isFalse();
    }

    @Test
    void withoutADeclaredPolicyTheCountsDecide() {
        TopicSpec rf3 = new TopicSpec("ledger", 6, (short) 3, Map.of());
        assertThat(TopicReplacement.isReplaced(rf3, 6, 3, "delete", null)).isTrue();
        assertThat(TopicReplacement.isReplaced(rf3, 6, 1, "delete", null)).isFalse();
    }
}
