package dev.streamt.planner.target.kafka;

import static dev.streamt.planner.target.kafka.TopicFixtures.desired;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemovedOverrideRuleTest {

    private final RemovedOverrideRule rule = new RemovedOverrideRule();

    @Test
    void aKeyAppliedBeforeAndNoLongerDeclaredLosesItsOverride() {
        Map<String, Object> running = TopicState.running("orders", 3, 1,
                Map.of("retention.ms", "86400000", "segment.bytes", "1073741824"), List.of("retention.ms"));
        TopicFinding finding = rule.check(new TopicComparison(running, desired(3, 1, Map.of()),
                desired(3, 1, Map.of("retention.ms", "86400000"))));
        assertThat(finding.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(finding.diff()).containsExactly(new FieldDiff("config.retention.ms", "86400000", null));
    }

    @Test
    void aKeyThatIsNoLongerOverriddenNeedsNothing() {
        Map<String, Object> running = TopicState.running("orders", 3, 1, Map.of("retention.ms", "604800000"),
                List.of());
        assertThat(rule.check(new TopicComparison(running, desired(3, 1, Map.of()),
                desired(3, 1, Map.of("retention.ms", "86400000"))))).isEqualTo(TopicFinding.NONE);
    }

    @Test
    void withoutAnAppliedStateNothingIsRemoved() {
        Map<String, Object> running = TopicState.running("orders", 3, 1, Map.of("retention.ms", "1"),
                List.of("retention.ms"));
        assertThat(rule.check(new TopicComparison(running, desired(3, 1, Map.of()), Map.of())))
                .isEqualTo(TopicFinding.NONE);
    }

    @Test
    void aRemovedSecretShowsItsPlaceholderNeverTheResolvedValue() {
        Map<String, Object> running = TopicState.running("orders", 3, 1,
                Map.of("sasl.custom.token", "s3cr3t-resolved"), List.of("sasl.custom.token"));
        TopicFinding finding = rule.check(new TopicComparison(running, desired(3, 1, Map.of()),
                desired(3, 1, Map.of("sasl.custom.token", "${TOPIC_TOKEN}"))));
        assertThat(finding.diff()).containsExactly(new FieldDiff("config.sasl.custom.token", "${TOPIC_TOKEN}", null));
    }
}
