package dev.streamt.deployer.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaleChangeSetRuleTest {

    private final StaleChangeSetRule rule = new StaleChangeSetRule();

    @Test
    void refusesAChangeSetPlannedBeforeAnotherWasAppliedAndAsksForANewPlan() {
        ApplyContext base = Contexts.creating();
        ApplyContext stale = new ApplyContext(base.changeSet(), false, null, null, "cs-newer");

        assertThat(rule.refusal(stale)).hasValueSatisfying(reason ->
                assertThat(reason).contains("stale").contains("cs-newer").contains("plan again"));
    }

    @Test
    void acceptsACurrentChangeSet() {
        assertThat(rule.refusal(Contexts.creating())).isEmpty();
    }
}
