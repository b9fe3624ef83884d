package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.ColumnDefinition;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.SourceDefinition;
import dev.streamt.compiler.core.project.policy.SecurityRules;
import dev.streamt.contracts.diagnostics.DiagnosticCode;

/**
 * {@code rules.security.require_classification}: every declared column of a source or a model has a classification
 * (RULE_REQUIRE_CLASSIFICATION), reported at the column. A model column may also be classified under
 * {@code security.classification}. Only declared columns are checked: a model's output columns that are not declared
 * under {@code columns} are not, since requiring it would force declaring every column of every query.
 */
final class RequireClassificationRule implements ProjectRule {

    private static final String LEVELS = "public, internal, confidential, sensitive or highly_sensitive";

    @Override
    public void check(RuleContext context, Findings findings) {
        SecurityRules rules = context.project().rules().security();
        if (!rules.requireClassification()) {
            return;
        }
        for (SourceDefinition source : context.project().sources()) {
            for (ColumnDefinition column : source.columns()) {
                if (column.classification() == null) {
                    findings.add(column.span().diagnostic(DiagnosticCode.RULE_REQUIRE_CLASSIFICATION,
                            "Column '" + column.name() + "' in source '" + source.name() + "' has no classification",
                            "Add classification: " + LEVELS
                                    + " to the column (rules.security.require_classification)."),
                            rules.severity());
                }
            }
        }
        for (ModelDefinition model : context.project().models()) {
            for (ColumnDefinition column : model.columns()) {
                if (model.classificationOf(column.name()) == null) {
                    findings.add(column.span().diagnostic(DiagnosticCode.RULE_REQUIRE_CLASSIFICATION,
                            "Column '" + column.name() + "' in model '" + model.name() + "' has no classification",
                            "Add classification: " + LEVELS + " to the column, or classify it under "
                                    + "security.classification (rules.security.require_classification)."),
                            rules.severity());
                }
            }
        }
    }
}
