package dev.streamt.deployer.target.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.changeset.FieldDiff;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.junit.jupiter.api.Test;

class TopicDiffTest {

    private static final TopicSpec AFTER = new TopicSpec("grow", 5, (short) 1, Map.of("retention.ms", "7200000"));

    @Test
    void readsPartitionGrowthConfigSetsAndRemovals() {
        TopicDiff diff = TopicDiff.of("grow", AFTER, List.of(new FieldDiff("partitions", 2, 5),
                new FieldDiff("config.retention.ms", null, "7200000"),
                new FieldDiff("config.segment.ms", "3600000", null),
                new FieldDiff("config.max.message.bytes", "1000", 2000)));

        assertThat(diff.partitions()).isEqualTo(5);
        assertThat(diff.set()).isEqualTo(Map.of("retention.ms", "7200000", "max.message.bytes", "2000"));
        assertThat(diff.delete()).containsExactly("segment.ms");
        assertThat(diff.changesConfig()).isTrue();
    }

    @Test
    void onlyConfigOrOnlyPartitions() {
        TopicDiff configOnly = TopicDiff.of("grow", AFTER, List.of(new FieldDiff("config.retention.ms", "1", "2")));
        TopicDiff partitionsOnly = TopicDiff.of("grow", AFTER, List.of(new FieldDiff("partitions", 2, 5)));

        assertThat(configOnly.partitions()).isNull();
        assertThat(partitionsOnly.changesConfig()).isFalse();
    }

    @Test
    void buildsSetThenDeleteOperationsInKeyOrder() {
        TopicDiff diff = TopicDiff.of("grow", AFTER, List.of(new FieldDiff("config.segment.ms", "1", null),
                new FieldDiff("config.retention.ms", null, "7200000"),
                new FieldDiff("config.cleanup.policy", "delete", "compact")));

        List<AlterConfigOp> ops = TopicUpdate.configOps(diff.set(), diff.delete());

        assertThat(ops).extracting(AlterConfigOp::opType).containsExactly(AlterConfigOp.OpType.SET,
                AlterConfigOp.OpType.SET, AlterConfigOp.OpType.DELETE);
        assertThat(ops).extracting(op -> op.configEntry().name()).containsExactly("cleanup.policy", "retention.ms",
                "segment.ms");
        assertThat(ops.get(1).configEntry().value()).isEqualTo("7200000");
    }

    @Test
    void noDiffMeansNoOperations() {
        assertThat(TopicUpdate.configOps(Map.of(), Set.of())).isEmpty();
    }

    @Test
    void whatAnUpdateCannotDoIsAClearError() {
        assertThatThrownBy(() -> TopicDiff.of("grow", AFTER, List.of(new FieldDiff("replication_factor", 1, 3))))
                .hasMessageContaining("needs a replace");
        assertThatThrownBy(() -> TopicDiff.of("grow", AFTER, List.of(new FieldDiff("owner", "a", "b"))))
                .hasMessageContaining("diff field 'owner' is not a topic field");
        assertThatThrownBy(() -> TopicDiff.of("grow", AFTER, List.of(new FieldDiff("config.", "a", "b"))))
                .hasMessageContaining("diff field 'config.' is not a topic field");
        assertThatThrownBy(() -> TopicDiff.of("grow", AFTER, List.of(new FieldDiff("partitions", 2, 4))))
                .hasMessage("diff partitions.to (4) differs from after.partitions (5)");
        assertThatThrownBy(() -> TopicDiff.of("grow", AFTER, List.of(new FieldDiff("partitions", 2, null))))
                .hasMessageContaining("diff partitions.to must be a whole number");
    }
}
