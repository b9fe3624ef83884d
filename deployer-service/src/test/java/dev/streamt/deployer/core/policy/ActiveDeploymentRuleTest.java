package dev.streamt.deployer.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActiveDeploymentRuleTest {

    private final ActiveDeploymentRule rule = new ActiveDeploymentRule();

    @Test
    void refusesWhileAnotherDeploymentOfTheProjectAndEnvironmentRunsNamingIt() {
        ApplyContext base = Contexts.creating();
        ApplyContext busy = new ApplyContext(base.changeSet(), false, null, "dep-42", null);

        assertThat(rule.refusal(busy)).hasValueSatisfying(reason ->
                assertThat(reason).contains("dep-42").contains("payments/prod").contains("still running"));
    }

    @Test
    void acceptsWhenNothingRuns() {
        assertThat(rule.refusal(Contexts.creating())).isEmpty();
    }
}
