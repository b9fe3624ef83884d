package dev.streamt.deployer.core.policy;

import java.util.Optional;

/** One reason to refuse an apply before any step runs. Pure and thread-safe; one rule per class, each tested alone. */
@FunctionalInterface
public interface RefusalRule {

    /** Why the apply must be refused, or empty when this rule has nothing against it. */
    Optional<String> refusal(ApplyContext context);
}
