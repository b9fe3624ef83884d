package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.policy.TopicRules;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.TopicArtifact;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * A lower or upper bound of {@code rules.topics} on a number of every topic the project creates (the artifact, so
 * defaults are applied): the shared logic of the partition and replication rules.
 */
abstract class TopicBoundRule implements ProjectRule {

    private final DiagnosticCode code;
    private final String ruleKey;
    private final boolean minimum;
    private final String field;
    private final IntFunction<String> amount;
    private final Function<TopicRules, Integer> limit;
    private final ToIntFunction<TopicArtifact> value;

    /**
     * @param ruleKey the key under {@code rules.topics}, like {@code min_partitions}
     * @param field   the topic setting, like {@code partitions}
     * @param amount  how a value reads in a message, like {@code 6 partitions}
     */
    TopicBoundRule(DiagnosticCode code, String ruleKey, boolean minimum, String field, IntFunction<String> amount,
            Function<TopicRules, Integer> limit, ToIntFunction<TopicArtifact> value) {
        this.code = code;
        this.ruleKey = ruleKey;
        this.minimum = minimum;
        this.field = field;
        this.amount = amount;
        this.limit = limit;
        this.value = value;
    }

    @Override
    public final void check(RuleContext context, Findings findings) {
        TopicRules rules = context.project().rules().topics();
        Integer bound = limit.apply(rules);
        if (bound == null) {
            return;
        }
        Span ruleSpan = context.project().rules().spanOf("topics." + ruleKey);
        for (TopicArtifact topic : context.artifacts().topics()) {
            int actual = value.applyAsInt(topic);
            if (minimum ? actual >= bound : actual <= bound) {
                continue;
            }
            TopicOrigin origin = TopicOrigin.of(topic, context.project());
            String message = origin.describe() + " has " + amount.apply(actual) + ", "
                    + (minimum ? "below" : "above") + " rules.topics." + ruleKey + " (" + bound + ")";
            String hint = "Set " + origin.setting(field) + " to " + (minimum ? "at least " : "at most ") + bound
                    + ".";
            findings.add(origin.spanOf(field, ruleSpan).diagnostic(code, message, hint), rules.severity());
        }
    }
}
