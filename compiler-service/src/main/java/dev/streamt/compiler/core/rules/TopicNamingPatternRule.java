package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.policy.TopicRules;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.TopicArtifact;
import java.util.regex.Pattern;

/**
 * {@code rules.topics.naming_pattern}: the whole name of every topic the project creates matches the regular
 * expression (RULE_NAMING_PATTERN). A model's topic is named by {@code advanced.topic.name}, else by the model name,
 * and is reported there. Topics named by the platform ({@code _streamt...}) are exempt.
 */
final class TopicNamingPatternRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        TopicRules rules = context.project().rules().topics();
        // The loader already reported an invalid regular expression and left the pattern unset.
        Pattern pattern = rules.namingRegex();
        if (pattern == null) {
            return;
        }
        Span ruleSpan = context.project().rules().spanOf("topics.naming_pattern");
        for (TopicArtifact topic : context.artifacts().topics()) {
            TopicOrigin origin = TopicOrigin.of(topic, context.project());
            if (origin.platformNamed() || pattern.matcher(topic.name()).matches()) {
                continue;
            }
            String message = origin.describeName() + " does not match rules.topics.naming_pattern '"
                    + rules.namingPattern() + "'";
            String hint = "Set " + origin.setting("name") + " to a name that matches '" + rules.namingPattern() + "'.";
            findings.add(origin.spanOf("name", ruleSpan).diagnostic(DiagnosticCode.RULE_NAMING_PATTERN, message, hint),
                    rules.severity());
        }
    }
}
