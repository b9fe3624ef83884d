package dev.streamt.contracts.changeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.ContractSamples;
import dev.streamt.contracts.json.StreamtJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeSetTest {

    private final ChangeSet changeSet = ContractSamples.changeSet();

    @Test
    void summaryIsCountedFromChanges() {
        assertThat(changeSet.summary()).isEqualTo(new ChangeSummary(2, 1, 1, 1, 1, 1));
        assertThat(ChangeSummary.of(List.of())).isEqualTo(new ChangeSummary(0, 0, 0, 0, 0, 0));
        assertThat(changeSet.summary().hasWork()).isTrue();
        assertThat(ChangeSummary.of(List.of(changeSet.changes().get(0))).hasWork()).isFalse();
        assertThat(changeSet.hasDestructiveChanges()).isTrue();
        assertThat(changeSet.hasBlockedChanges()).isTrue();
    }

    @Test
    void jsonUsesTheFieldNamesOfTheApi() {
        String json = StreamtJson.toJson(changeSet);

        assertThat(json).startsWith("{\"id\":\"cs-7f3c2a10\",\"project\":\"shop\",\"environment\":\"dev\","
                        + "\"manifest_id\":\"sha256:")
                .contains("\"base_manifest_id\":\"sha256:0123", "\"created_at\":\"2026-11-21T05:04:00.123Z\"",
                        "\"summary\":{\"create\":2,\"update\":1,\"replace\":1,\"delete\":1,\"unchanged\":1,\"blocked\":1}",
                        "{\"id\":\"c2\",\"target\":\"flink_job\",\"name\":\"order_metrics\",\"action\":\"update\","
                                + "\"before\":{\"parallelism\":2,",
                        "\"diff\":[{\"field\":\"parallelism\",\"from\":2,\"to\":4}],\"destructive\":false,"
                                + "\"reason\":\"parallelism changed\",\"depends_on\":[\"c1\"],\"strategy\":\"savepoint\"}",
                        "\"action\":\"blocked\"", "\"reason\":\"exists and is not managed by this project\"",
                        "\"target\":\"kafka_topic\"", "\"target\":\"gateway_rule\"", "\"after\":null", "\"before\":null");
    }

    @Test
    void resourceStatesAreSortedAndNormalized() {
        Change change = new Change("c", ChangeTarget.KAFKA_TOPIC, "t", ChangeAction.UPDATE,
                Map.of("partitions", 3L, "config", Map.of("retention.ms", "1")),
                Map.of("partitions", 6L, "config", Map.of("retention.ms", "2")),
                List.of(new FieldDiff("partitions", 3L, 6L)), false, null, null, null);

        assertThat(change.before().keySet()).containsExactly("config", "partitions");
        assertThat(change.before().get("partitions")).isEqualTo(3);
        assertThat(change.diff().get(0).to()).isEqualTo(6);
        assertThat(StreamtJson.fromJson(StreamtJson.toJson(change), Change.class)).isEqualTo(change);
    }

    @Test
    void changesAreValidated() {
        assertThatThrownBy(() -> new Change("c", ChangeTarget.SCHEMA, "s", ChangeAction.BLOCKED, null, null, null,
                false, null, null, null)).hasMessage("a blocked change needs a reason");
        assertThatThrownBy(() -> new Change("c", null, "s", ChangeAction.CREATE, null, null, null, false, null, null,
                null)).isInstanceOf(NullPointerException.class).hasMessage("target must not be null");
        assertThatThrownBy(() -> new Change("", ChangeTarget.SCHEMA, "s", ChangeAction.CREATE, null, null, null,
                false, null, null, null)).hasMessage("change id must not be blank");
        assertThatThrownBy(() -> new FieldDiff(" ", 1, 2)).hasMessage("diff field must not be blank");
    }

    @Test
    void changeIdsAreUniqueAndDependenciesKnown() {
        Change c1 = changeSet.changes().get(1);
        assertThatThrownBy(() -> ChangeSet.of("cs", "shop", null, ContractSamples.MANIFEST_ID, null,
                ContractSamples.T0, List.of(c1, c1))).hasMessage("duplicate change id 'c1'");
        Change job = changeSet.changes().get(3);
        assertThatThrownBy(() -> ChangeSet.of("cs", "shop", null, ContractSamples.MANIFEST_ID, null,
                ContractSamples.T0, List.of(job))).hasMessage("change 'c2' depends on unknown change 'c1'");
    }

    @Test
    void givenSummaryIsKept() {
        ChangeSummary summary = new ChangeSummary(0, 0, 0, 0, 12, 0);
        ChangeSet set = new ChangeSet("cs", "shop", null, ContractSamples.MANIFEST_ID, null, ContractSamples.T0,
                summary, List.of());
        assertThat(set.summary()).isSameAs(summary);
        assertThatThrownBy(() -> new ChangeSummary(-1, 0, 0, 0, 0, 0)).hasMessageContaining("create");
    }
}
