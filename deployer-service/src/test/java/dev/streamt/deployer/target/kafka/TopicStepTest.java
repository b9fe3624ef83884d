package dev.streamt.deployer.target.kafka;

import static dev.streamt.deployer.target.kafka.TopicSpecTest.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicStepTest {

    @Test
    void aCreateOrReplaceCreatesFromAfterAndAReplaceDeletesFirst() {
        TopicStep create = TopicStep.of(change(ChangeAction.CREATE, "orders", null, state("orders", 3, 1, Map.of()),
                List.of()));
        TopicStep replace = TopicStep.of(change(ChangeAction.REPLACE, "orders", state("orders", 3, 1, Map.of()),
                state("orders", 3, 3, Map.of()), List.of(new FieldDiff("replication_factor", 1, 3))));

        assertThat(create.creates()).isTrue();
        assertThat(create.deletes()).isFalse();
        assertThat(create.after().partitions()).isEqualTo(3);
        assertThat(replace.creates()).isTrue();
        assertThat(replace.deletes()).isTrue();
        assertThat(replace.diff()).isNull();
    }

    @Test
    void aDeleteNeedsNoState() {
        TopicStep delete = TopicStep.of(change(ChangeAction.DELETE, "old", state("old", 1, 1, Map.of()), null,
                List.of()));

        assertThat(delete.deletes()).isTrue();
        assertThat(delete.creates()).isFalse();
        assertThat(delete.after()).isNull();
    }

    @Test
    void anUpdateCarriesItsDiff() {
        TopicStep update = TopicStep.of(change(ChangeAction.UPDATE, "grow", state("grow", 2, 1, Map.of()),
                state("grow", 5, 1, Map.of()), List.of(new FieldDiff("partitions", 2, 5))));

        assertThat(update.diff().partitions()).isEqualTo(5);
    }

    @Test
    void malformedChangesAreClearErrors() {
        assertThatThrownBy(() -> TopicStep.of(change(ChangeAction.CREATE, "orders", null, null, List.of())))
                .hasMessage("after is missing");
        assertThatThrownBy(() -> TopicStep.of(change(ChangeAction.CREATE, "orders", null,
                state("payments", 1, 1, Map.of()), List.of())))
                .hasMessage("after.name 'payments' is not the change's topic 'orders'");
        assertThatThrownBy(() -> TopicStep.of(change(ChangeAction.NONE, "orders", state("orders", 1, 1, Map.of()),
                state("orders", 1, 1, Map.of()), List.of())))
                .hasMessage("a 'none' change has nothing to apply");
        assertThatThrownBy(() -> TopicStep.of(new Change("schema:s", ChangeTarget.SCHEMA, "s", ChangeAction.CREATE,
                null, Map.of(), List.of(), false, null, List.of(), null)))
                .hasMessage("not a kafka_topic change: schema");
    }

    static Change change(ChangeAction action, String name, Map<String, Object> before, Map<String, Object> after,
            List<FieldDiff> diff) {
        return new Change("kafka_topic:" + name, ChangeTarget.KAFKA_TOPIC, name, action, before, after, diff,
                action == ChangeAction.REPLACE || action == ChangeAction.DELETE, null, List.of(), null);
    }
}
