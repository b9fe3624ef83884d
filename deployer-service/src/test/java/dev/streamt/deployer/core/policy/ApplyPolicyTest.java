package dev.streamt.deployer.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.manifest.EnvironmentSafety;
import org.junit.jupiter.api.Test;

class ApplyPolicyTest {

    @Test
    void givesEveryReasonAtOnce() {
        ApplyContext context = Contexts.of(Contexts.deleting(EnvironmentSafety.UNPROTECTED, false).changeSet().changes(),
                Contexts.PROTECTED, false, null);

        assertThat(ApplyPolicy.standard().refusal(context)).hasValueSatisfying(reason ->
                assertThat(reason).contains("approve_destructive").contains("approved_by"));
    }

    @Test
    void acceptsAnApplyNoRuleObjectsTo() {
        assertThat(ApplyPolicy.standard().refusal(Contexts.creating())).isEmpty();
    }
}
