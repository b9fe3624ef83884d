package dev.streamt.compiler.core.rules;

import dev.streamt.contracts.diagnostics.DiagnosticCode;

/** {@code rules.topics.forbidden_prefixes}: no topic name starts with one of them (RULE_FORBIDDEN_PREFIX). */
final class ForbiddenPrefixRule extends TopicAffixRule {

    ForbiddenPrefixRule() {
        super(DiagnosticCode.RULE_FORBIDDEN_PREFIX, "forbidden_prefixes", true, rules -> rules.forbiddenPrefixes());
    }
}
