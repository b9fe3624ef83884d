package dev.streamt.compiler.core.rules;

import dev.streamt.contracts.diagnostics.DiagnosticCode;

/** {@code rules.topics.forbidden_suffixes}: no topic name ends with one of them (RULE_FORBIDDEN_SUFFIX). */
final class ForbiddenSuffixRule extends TopicAffixRule {

    ForbiddenSuffixRule() {
        super(DiagnosticCode.RULE_FORBIDDEN_SUFFIX, "forbidden_suffixes", false, rules -> rules.forbiddenSuffixes());
    }
}
