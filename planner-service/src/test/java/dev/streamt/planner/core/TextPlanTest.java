package dev.streamt.planner.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.changeset.FieldDiff;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.planner.target.kafka.TopicState;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextPlanTest {

    private static final Manifest MANIFEST = Manifests.manifest("payments", "dev");
    private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

    private static Change change(String name, ChangeAction action, List<FieldDiff> diff, boolean destructive,
            String reason) {
        Map<String, Object> state = TopicState.of(name, 3, 1, Map.of("retention.ms", "604800000"));
        return new Change("kafka_topic:" + name, ChangeTarget.KAFKA_TOPIC, name, action,
                action == ChangeAction.CREATE ? null : state, action == ChangeAction.DELETE ? null : state, diff,
                destructive, reason, List.of(), null);
    }

    @Test
    void showsEachKindOfChangeWithItsSymbolDiffsAndSummary() {
        ChangeSet changeSet = ChangeSet.planned("cs-1", MANIFEST, null, AT, List.of(
                change("orders", ChangeAction.CREATE, List.of(), false, null),
                change("payments", ChangeAction.UPDATE, List.of(new FieldDiff("partitions", 3, 6),
                        new FieldDiff("config.retention.ms", "86400000", "604800000")), false, null),
                change("ledger", ChangeAction.REPLACE, List.of(new FieldDiff("replication_factor", 1, 3)), true, null),
                change("old", ChangeAction.DELETE, List.of(), true, null),
                change("same", ChangeAction.NONE, List.of(), false, null),
                change("theirs", ChangeAction.BLOCKED, List.of(), false, Change.REASON_NOT_MANAGED)));

        String text = TextPlan.render(changeSet);

        assertThat(text).contains("  + kafka_topic orders (create)\n", "      partitions: 3\n",
                "      config.retention.ms: \"604800000\"\n",
                "  ~ kafka_topic payments (update)\n", "      partitions: 3 → 6\n",
                "      config.retention.ms: \"86400000\" → \"604800000\"\n",
                "-/+ kafka_topic ledger (replace, destructive)\n", "      replication_factor: 1 → 3\n",
                "  - kafka_topic old (delete, destructive)\n",
                "  ! kafka_topic theirs (blocked)\n      reason: exists and is not managed by this project\n",
                "Plan: 1 to create, 1 to update, 1 to replace, 1 to delete, 1 unchanged, 1 blocked.\n");
        assertThat(text).doesNotContain("kafka_topic same");
    }

    @Test
    void aPlanWithoutWorkSaysTheInfrastructureMatches() {
        ChangeSet changeSet = ChangeSet.planned("cs-2", MANIFEST, MANIFEST.id(), AT,
                List.of(change("same", ChangeAction.NONE, List.of(), false, null)));
        assertThat(TextPlan.render(changeSet))
                .contains("No changes. The running infrastructure matches manifest " + MANIFEST.id() + ".")
                .doesNotContain("Plan: ");
    }

    @Test
    void aRemovedOverrideShowsAsNone() {
        ChangeSet changeSet = ChangeSet.planned("cs-3", MANIFEST, null, AT, List.of(change("orders",
                ChangeAction.UPDATE, List.of(new FieldDiff("config.retention.ms", "86400000", null)), false, null)));
        assertThat(TextPlan.render(changeSet)).contains("config.retention.ms: \"86400000\" → (none)");
    }
}
