package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;

/**
 * One check of an analysed project: a governance rule of the {@code rules} block or a validation the project language
 * requires (DSL.md, "Diagnostics"). The compiler runs every rule of {@link ProjectRules#all()} on the same
 * {@link RuleContext}, so that one pass reports every problem.
 *
 * <p>Implementations are stateless and thread-safe: one instance serves every compilation, and {@link #check} is
 * called once per compilation. A rule reports each problem at the most precise place (the YAML key that set the
 * offending value), names the things involved in the message and says how to fix it in the hint.
 */
public interface ProjectRule {

    /** Adds what this rule finds in {@code context} to {@code findings}; never throws for a project's content. */
    void check(RuleContext context, Findings findings);
}
