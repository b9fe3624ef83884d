package dev.streamt.planner.target.kafka;

import static dev.streamt.planner.target.kafka.TopicFixtures.comparison;
import static dev.streamt.planner.target.kafka.TopicFixtures.desired;
import static dev.streamt.planner.target.kafka.TopicFixtures.running;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionsRuleTest {

    private final PartitionsRule rule = new PartitionsRule();

    @Test
    void moreDeclaredPartitionsIsAnInPlaceUpdate() {
        TopicFinding finding = rule.check(comparison(running(3, 1, Map.of()), desired(6, 1, Map.of())));
        assertThat(finding.action()).isEqualTo(ChangeAction.UPDATE);
        assertThat(finding.diff()).containsExactly(new FieldDiff("partitions", 3, 6));
    }

    @Test
    void fewerDeclaredPartitionsIsBlockedWithTheReason() {
        TopicFinding finding = rule.check(comparison(running(6, 1, Map.of()), desired(3, 1, Map.of())));
        assertThat(finding.action()).isEqualTo(ChangeAction.BLOCKED);
        assertThat(finding.reason()).isEqualTo("partitions cannot decrease: running 6, declared 3 (Kafka cannot "
                + "remove partitions); keep 6 or replace the topic under a new name");
    }

    @Test
    void samePartitionsNeedNothing() {
        assertThat(rule.check(comparison(running(3, 1, Map.of()), desired(3, 1, Map.of()))))
                .isEqualTo(TopicFinding.NONE);
    }
}
