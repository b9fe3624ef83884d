package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.SourceDefinition;
import dev.streamt.compiler.core.project.policy.SourceRules;
import dev.streamt.contracts.diagnostics.DiagnosticCode;

/**
 * {@code rules.sources.require_schema}: every source declares a {@code schema} block (RULE_REQUIRE_SCHEMA), the
 * registry subject its topic is read with. Declared {@code columns} alone do not count: they describe the columns
 * but register no schema (with {@code schema: {format: avro}} the compiler generates the schema from them).
 */
final class RequireSchemaRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        SourceRules rules = context.project().rules().sources();
        if (!rules.requireSchema()) {
            return;
        }
        for (SourceDefinition source : context.project().sources()) {
            if (source.schema() == null) {
                String hint = source.columns().isEmpty()
                        ? "Add schema: {format: avro|json|protobuf, definition: ...} (rules.sources.require_schema)."
                        : "Add schema: {format: avro} to generate the schema from its columns "
                                + "(rules.sources.require_schema).";
                findings.add(Spans.firstWritten(source, "name").diagnostic(DiagnosticCode.RULE_REQUIRE_SCHEMA,
                        "Source '" + source.name() + "' has no schema", hint), rules.severity());
            }
        }
    }
}
