package dev.streamt.deployer.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.manifest.EnvironmentSafety;
import org.junit.jupiter.api.Test;

class ApproverRequiredRuleTest {

    private final ApproverRequiredRule rule = new ApproverRequiredRule();

    @Test
    void refusesAnApplyOfAProtectedEnvironmentWithoutApprover() {
        assertThat(rule.refusal(Contexts.of(Contexts.creating().changeSet().changes(), Contexts.PROTECTED, false, null)))
                .hasValueSatisfying(reason -> assertThat(reason).contains("'prod'").contains("approved_by"));
    }

    @Test
    void confirmApplyAndReviewedPlansNeedAnApproverToo() {
        EnvironmentSafety confirm = new EnvironmentSafety(false, true, true, false);
        EnvironmentSafety reviewed = new EnvironmentSafety(false, false, true, true);

        assertThat(rule.refusal(Contexts.of(Contexts.creating().changeSet().changes(), confirm, false, null))).isPresent();
        assertThat(rule.refusal(Contexts.of(Contexts.creating().changeSet().changes(), reviewed, false, null))).isPresent();
    }

    @Test
    void acceptsANamedApproverOrAnUnprotectedEnvironment() {
        assertThat(rule.refusal(Contexts.of(Contexts.creating().changeSet().changes(), Contexts.PROTECTED, false, "ana")))
                .isEmpty();
        assertThat(rule.refusal(Contexts.creating())).isEmpty();
    }
}
