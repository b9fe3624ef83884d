package dev.streamt.planner.target.kafka;

import static dev.streamt.planner.target.kafka.TopicFixtures.desired;
import static dev.streamt.planner.target.kafka.TopicFixtures.running;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import dev.streamt.planner.core.Comparison;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicRulesTest {

    private final TopicRules rules = TopicRules.standard();

    @Test
    void anIdenticalTopicIsUnchanged() {
        Comparison comparison = rules.compare(running(3, 1, Map.of("retention.ms", "1000")),
                desired(3, 1, Map.of("retention.ms", "1000")), Map.of());
        assertThat(comparison.action()).isEqualTo(ChangeAction.NONE);
        assertThat(comparison.diff()).isEmpty();
    }

    @Test
    void growAndConfigTogetherAreOneUpdateWithBothDiffs() {
        Comparison comparison = rules.compare(running(3, 1, Map.of("retention.ms", "86400000")),
                desired(6, 1, Map.of("retention.ms", "604800000")), Map.of());
        assertThat(comparison.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(comparison.destructive()).isFalse();
        assertThat(comparison.diff()).containsExactly(new FieldDiff("partitions", 3, 6),
                new FieldDiff("config.retention.ms", "86400000", "604800000"));
    }

    @Test
    void aReplaceIsDestructiveAndCarriesEveryDiff() {
        Comparison comparison = rules.compare(running(3, 1, Map.of("retention.ms", "1")),
                desired(6, 3, Map.of("retention.ms", "2")), Map.of());
        assertThat(comparison.action()).isEqualTo(ChangeAction.REPLACE);
        assertThat(comparison.destructive()).isTrue();
        assertThat(comparison.diff()).extracting(FieldDiff::field)
                .containsExactly("partitions", "replication_factor", "config.retention.ms");
    }

    @Test
    void aBlockedRuleWinsOverEverythingElse() {
        Comparison comparison = rules.compare(running(6, 1, Map.of()), desired(3, 3, Map.of()), Map.of());
        assertThat(comparison.action()).isEqualTo(ChangeAction.BLOCKED);
        assertThat(comparison.destructive()).isFalse();
        assertThat(comparison.reason()).startsWith("partitions cannot decrease");
    }
}
