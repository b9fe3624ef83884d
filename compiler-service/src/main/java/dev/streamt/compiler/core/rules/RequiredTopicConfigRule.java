package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.policy.TopicRules;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.TopicArtifact;
import java.util.Map;

/**
 * {@code rules.topics.required_config}: every topic sets each required key, to the required value when one is given
 * (RULE_REQUIRED_CONFIG). Values are compared as written text with surrounding blanks ignored ({@code compact} is not
 * {@code Compact}; Kafka itself is case-sensitive). A wrong value is reported where it was set, a missing key where
 * the model's topic config is (or would be) written.
 */
final class RequiredTopicConfigRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        TopicRules rules = context.project().rules().topics();
        if (rules.requiredConfig().isEmpty() && rules.requiredConfigKeys().isEmpty()) {
            return;
        }
        Span ruleSpan = context.project().rules().spanOf("topics.required_config");
        for (TopicArtifact topic : context.artifacts().topics()) {
            TopicOrigin origin = TopicOrigin.of(topic, context.project());
            for (Map.Entry<String, String> required : rules.requiredConfig().entrySet()) {
                check(topic, origin, required.getKey(), required.getValue(), ruleSpan, rules, findings);
            }
            for (String key : rules.requiredConfigKeys()) {
                check(topic, origin, key, null, ruleSpan, rules, findings);
            }
        }
    }

    private static void check(TopicArtifact topic, TopicOrigin origin, String key, String expected, Span ruleSpan,
            TopicRules rules, Findings findings) {
        String actual = topic.config().get(key);
        String field = Spans.child("config", key);
        String message;
        if (actual == null) {
            message = origin.describe() + " does not set config '" + key + "'"
                    + (expected == null ? "" : " (required: '" + expected + "')")
                    + ", required by rules.topics.required_config";
        } else if (expected != null && !actual.strip().equals(expected.strip())) {
            message = origin.describe() + " sets config '" + key + "' to '" + actual
                    + "', but rules.topics.required_config requires '" + expected + "'";
        } else {
            return;
        }
        String hint = "Set " + origin.setting(field) + " to " + (expected == null ? "a value" : "'" + expected + "'")
                + ".";
        findings.add(origin.spanOf(field, ruleSpan).diagnostic(DiagnosticCode.RULE_REQUIRED_CONFIG, message, hint),
                rules.severity());
    }
}
