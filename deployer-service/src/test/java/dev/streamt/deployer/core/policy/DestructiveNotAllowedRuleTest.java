package dev.streamt.deployer.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.manifest.EnvironmentSafety;
import org.junit.jupiter.api.Test;

class DestructiveNotAllowedRuleTest {

    private final DestructiveNotAllowedRule rule = new DestructiveNotAllowedRule();

    @Test
    void refusesDestructiveChangesEvenWhenApprovedWhereTheEnvironmentForbidsThem() {
        assertThat(rule.refusal(Contexts.deleting(Contexts.NO_DESTRUCTIVE, true))).hasValueSatisfying(reason ->
                assertThat(reason).contains("allow_destructive: false").contains("kafka_topic:old"));
    }

    @Test
    void acceptsDestructiveChangesWhereAllowedAndNonDestructiveOnesAnywhere() {
        assertThat(rule.refusal(Contexts.deleting(EnvironmentSafety.UNPROTECTED, false))).isEmpty();
        assertThat(rule.refusal(Contexts.of(Contexts.creating().changeSet().changes(), Contexts.NO_DESTRUCTIVE, false,
                null))).isEmpty();
    }
}
