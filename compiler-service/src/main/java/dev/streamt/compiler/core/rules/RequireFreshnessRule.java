package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.SourceDefinition;
import dev.streamt.compiler.core.project.policy.SourceRules;
import dev.streamt.contracts.diagnostics.DiagnosticCode;

/**
 * {@code rules.sources.require_freshness}: every source declares {@code freshness} with at least one bound
 * ({@code warn_after} or {@code error_after}) (RULE_REQUIRE_FRESHNESS); an empty {@code freshness} block promises
 * nothing and is reported at its key.
 */
final class RequireFreshnessRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        SourceRules rules = context.project().rules().sources();
        if (!rules.requireFreshness()) {
            return;
        }
        for (SourceDefinition source : context.project().sources()) {
            if (source.freshness() == null
                    || source.freshness().warnAfter() == null && source.freshness().errorAfter() == null) {
                findings.add(Spans.firstWritten(source, "freshness", "name").diagnostic(
                        DiagnosticCode.RULE_REQUIRE_FRESHNESS,
                        "Source '" + source.name() + "' has no freshness",
                        "Add freshness: {warn_after: 5m, error_after: 15m} with the delays its producer guarantees "
                                + "(rules.sources.require_freshness)."), rules.severity());
            }
        }
    }
}
