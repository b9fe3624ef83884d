package dev.streamt.deployer.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.manifest.EnvironmentSafety;
import org.junit.jupiter.api.Test;

class DestructiveApprovalRuleTest {

    private final DestructiveApprovalRule rule = new DestructiveApprovalRule();

    @Test
    void refusesDestructiveChangesWithoutApproveDestructive() {
        assertThat(rule.refusal(Contexts.deleting(EnvironmentSafety.UNPROTECTED, false))).hasValueSatisfying(reason ->
                assertThat(reason).contains("approve_destructive").contains("kafka_topic:old")
                        .doesNotContain("kafka_topic:orders"));
    }

    @Test
    void acceptsApprovedDestructiveChangesAndChangeSetsWithoutThem() {
        assertThat(rule.refusal(Contexts.deleting(EnvironmentSafety.UNPROTECTED, true))).isEmpty();
        assertThat(rule.refusal(Contexts.creating())).isEmpty();
    }
}
