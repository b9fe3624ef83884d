package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.ColumnDefinition;
import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.SourceDefinition;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.policy.MaskingRule;
import dev.streamt.compiler.core.project.policy.SecurityRules;
import dev.streamt.compiler.core.sql.analysis.ColumnRef;
import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.Classification;
import dev.streamt.contracts.manifest.Materialization;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code rules.security.sensitive_columns_require_masking}: every column a model outputs that is {@code sensitive} or
 * {@code highly_sensitive} has a masking rule on that model (RULE_SENSITIVE_REQUIRES_MASKING). Sources are external
 * topics streamt cannot mask; the rule is about what the project writes. A model column is sensitive when
 * <ul>
 * <li>the model classifies it so ({@code columns[].classification} or {@code security.classification}), reported
 * there; or</li>
 * <li>the model does not classify it and passes a sensitive source column on unchanged: an output column of the same
 * name computed from that one source column only (reported at {@code sql}), or, for a sink, a sensitive column of a
 * source its {@code from} names (reported at that entry). A classification on the model wins, so a model that
 * transforms the value declares it lower. Only sources are followed: a model passing on another model's sensitive
 * column is covered by the rule on that model, so one leak is reported once.</li>
 * </ul>
 */
final class SensitiveColumnsRequireMaskingRule implements ProjectRule {

    /** Why a column of a model is sensitive. */
    private record Sensitive(Span at, String why) {
    }

    @Override
    public void check(RuleContext context, Findings findings) {
        SecurityRules rules = context.project().rules().security();
        if (!rules.sensitiveColumnsRequireMasking()) {
            return;
        }
        Map<String, ModelPlan> plans = context.modelPlans();
        for (ModelDefinition model : context.project().models()) {
            Set<String> masked = new HashSet<>();
            for (MaskingRule rule : model.masking()) {
                masked.add(rule.column());
            }
            Map<String, Sensitive> sensitive = declared(model);
            inherited(model, plans.get(model.name()), context.project(), sensitive);
            for (Map.Entry<String, Sensitive> column : sensitive.entrySet()) {
                if (masked.contains(column.getKey())) {
                    continue;
                }
                String message = "Column '" + column.getKey() + "' of model '" + model.name() + "' "
                        + column.getValue().why() + ", but the model does not mask it";
                String hint = "Add security.masking: [{column: " + column.getKey() + ", policy: hash}] (or partial, "
                        + "redact, tokenize, null) to model '" + model.name()
                        + "' (rules.security.sensitive_columns_require_masking).";
                findings.add(column.getValue().at().diagnostic(DiagnosticCode.RULE_SENSITIVE_REQUIRES_MASKING,
                        message, hint), rules.severity());
            }
        }
    }

    private static Map<String, Sensitive> declared(ModelDefinition model) {
        Map<String, Sensitive> sensitive = new LinkedHashMap<>();
        for (ColumnDefinition column : model.columns()) {
            Classification level = model.classificationOf(column.name());
            if (isSensitive(level) && !model.classification().containsKey(column.name())) {
                sensitive.put(column.name(), new Sensitive(column.span(), "is classified " + level.wireValue()));
            }
        }
        for (Map.Entry<String, Classification> entry : model.classification().entrySet()) {
            if (isSensitive(entry.getValue())) {
                Span at = model.spanOf(Spans.child("security.classification", entry.getKey()));
                sensitive.put(entry.getKey(), new Sensitive(at, "is classified " + entry.getValue().wireValue()));
            }
        }
        return sensitive;
    }

    private static void inherited(ModelDefinition model, ModelPlan plan, ProjectDefinition project,
            Map<String, Sensitive> sensitive) {
        if (plan == null) {
            return;
        }
        if (plan.materialized() == Materialization.SINK && model.sql() == null) {
            for (InputRef input : model.from()) {
                String node = Inputs.nodeIdOf(input, project);
                SourceDefinition source = node == null || !node.startsWith("source.") ? null
                        : project.source(input.name()).orElse(null);
                if (source == null) {
                    continue;
                }
                for (ColumnDefinition column : source.columns()) {
                    inherit(model, column.name(), source, input.span(), sensitive);
                }
            }
            return;
        }
        Span sql = Spans.firstWritten(model, "sql", "name");
        for (OutputColumn column : plan.columns()) {
            if (column.lineage().size() != 1) {
                continue;
            }
            ColumnRef from = column.lineage().get(0);
            if (from.node().startsWith("source.") && from.column().equals(column.name())) {
                project.source(from.node().substring("source.".length()))
                        .ifPresent(source -> inherit(model, column.name(), source, sql, sensitive));
            }
        }
    }

    private static void inherit(ModelDefinition model, String column, SourceDefinition source, Span at,
            Map<String, Sensitive> sensitive) {
        ColumnDefinition upstream = source.column(column);
        if (upstream == null || !isSensitive(upstream.classification()) || model.classificationOf(column) != null
                || sensitive.containsKey(column)) {
            return;
        }
        sensitive.put(column, new Sensitive(at, "comes unchanged from source '" + source.name()
                + "', where it is classified " + upstream.classification().wireValue()));
    }

    private static boolean isSensitive(Classification level) {
        return level == Classification.SENSITIVE || level == Classification.HIGHLY_SENSITIVE;
    }
}
