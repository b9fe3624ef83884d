package dev.streamt.deployer.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.manifest.EnvironmentSafety;
import dev.streamt.deployer.core.Changes;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockedChangesRuleTest {

    private final BlockedChangesRule rule = new BlockedChangesRule();

    @Test
    void refusesAChangeSetWithABlockedChangeNamingItAndItsReason() {
        ApplyContext context = Contexts.of(List.of(Changes.topic("orders", ChangeAction.CREATE),
                Changes.topic("payments", ChangeAction.BLOCKED)), EnvironmentSafety.UNPROTECTED, true, "ana");

        assertThat(rule.refusal(context)).hasValueSatisfying(reason -> assertThat(reason)
                .contains("blocked").contains("kafka_topic:payments").contains("partitions cannot decrease"));
    }

    @Test
    void acceptsAChangeSetWithoutBlockedChanges() {
        assertThat(rule.refusal(Contexts.creating())).isEmpty();
    }
}
