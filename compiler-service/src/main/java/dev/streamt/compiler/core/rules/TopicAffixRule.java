package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.policy.TopicRules;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.TopicArtifact;
import java.util.List;
import java.util.function.Function;

/**
 * Forbidden beginnings or endings of topic names ({@code rules.topics.forbidden_prefixes} / {@code _suffixes}): the
 * shared logic of {@link ForbiddenPrefixRule} and {@link ForbiddenSuffixRule}. One diagnostic per topic, naming the
 * longest forbidden affix it has. Topics named by the platform ({@code _streamt...}) are exempt.
 */
abstract class TopicAffixRule implements ProjectRule {

    private final DiagnosticCode code;
    private final String ruleKey;
    private final boolean prefix;
    private final Function<TopicRules, List<String>> affixes;

    TopicAffixRule(DiagnosticCode code, String ruleKey, boolean prefix, Function<TopicRules, List<String>> affixes) {
        this.code = code;
        this.ruleKey = ruleKey;
        this.prefix = prefix;
        this.affixes = affixes;
    }

    @Override
    public final void check(RuleContext context, Findings findings) {
        TopicRules rules = context.project().rules().topics();
        List<String> forbidden = affixes.apply(rules);
        if (forbidden.isEmpty()) {
            return;
        }
        Span ruleSpan = context.project().rules().spanOf("topics." + ruleKey);
        for (TopicArtifact topic : context.artifacts().topics()) {
            String found = longestMatch(topic.name(), forbidden);
            TopicOrigin origin = TopicOrigin.of(topic, context.project());
            if (found == null || origin.platformNamed()) {
                continue;
            }
            String message = origin.describeName() + (prefix ? " starts with '" : " ends with '") + found
                    + "', forbidden by rules.topics." + ruleKey;
            String hint = "Set " + origin.setting("name") + " to a name that does not "
                    + (prefix ? "start" : "end") + " with " + Names.quotedList(forbidden) + ".";
            findings.add(origin.spanOf("name", ruleSpan).diagnostic(code, message, hint), rules.severity());
        }
    }

    private String longestMatch(String name, List<String> forbidden) {
        String found = null;
        for (String affix : forbidden) {
            boolean matches = !affix.isEmpty() && (prefix ? name.startsWith(affix) : name.endsWith(affix));
            if (matches && (found == null || affix.length() > found.length())) {
                found = affix;
            }
        }
        return found;
    }
}
