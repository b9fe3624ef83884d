package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.contracts.diagnostics.DiagnosticCode;

/**
 * A model's {@code advanced.flink.state_ttl_ms}: negative is INVALID_STATE_TTL (Flink rejects it); between 0 and
 * 1000 ms is STATE_TTL_TOO_SHORT (a warning: state expires almost at once, so joins and aggregations forget what they
 * saw and give wrong results). 0 means "no TTL" in Flink and is fine. Reported at the setting.
 */
final class StateTtlRule implements ProjectRule {

    /** Below this a TTL is valid but almost certainly a mistake (seconds written as milliseconds). */
    static final long SHORTEST_SENSIBLE_MS = 1000;

    @Override
    public void check(RuleContext context, Findings findings) {
        for (ModelDefinition model : context.project().models()) {
            Long ttl = model.flink() == null ? null : model.flink().stateTtlMs();
            if (ttl == null) {
                continue;
            }
            if (ttl < 0) {
                findings.add(model.spanOf("advanced.flink.state_ttl_ms").diagnostic(DiagnosticCode.INVALID_STATE_TTL,
                        "Model '" + model.name() + "' has state_ttl_ms " + ttl + "; a state TTL cannot be negative",
                        "Set advanced.flink.state_ttl_ms to the time state is kept in milliseconds, like 86400000 "
                                + "for a day, or 0 to keep it forever."));
            } else if (ttl > 0 && ttl < SHORTEST_SENSIBLE_MS) {
                findings.add(model.spanOf("advanced.flink.state_ttl_ms").diagnostic(
                        DiagnosticCode.STATE_TTL_TOO_SHORT, "Model '" + model.name() + "' has state_ttl_ms " + ttl
                                + ": its state expires after less than a second, so results are computed from almost "
                                + "no history",
                        "state_ttl_ms is in milliseconds: use at least " + SHORTEST_SENSIBLE_MS + " ("
                                + ttl + " s would be " + ttl * 1000 + ")."));
            }
        }
    }
}
