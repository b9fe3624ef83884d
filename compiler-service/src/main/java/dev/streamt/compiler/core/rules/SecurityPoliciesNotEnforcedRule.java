package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.policy.AccessPolicy;
import dev.streamt.compiler.core.project.policy.MaskingPolicy;
import dev.streamt.compiler.core.project.policy.MaskingRule;
import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.Materialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SECURITY_POLICIES_NOT_ENFORCED (warning): a model's security policy that no artifact streamt generates can enforce
 * as written. One warning per model and reason, at the first policy concerned:
 * <ul>
 * <li>{@code allow} / {@code deny} entries of {@code security.policies}: streamt manages no Kafka ACLs or roles, so
 * they are only recorded in the manifest;</li>
 * <li>masks with {@code for_roles} on a {@code topic}, {@code flink} or {@code sink} model: a topic or a connector has
 * one content for every reader, so the column is masked for everyone, not only for those roles (a
 * {@code virtual_topic} passes the roles to the gateway's mask interceptor and is not reported);</li>
 * <li>masking on a {@code sink} that Kafka Connect cannot do as written: it has no transform that hashes, tokenizes or
 * keeps part of a value, so the artifact stage's MaskField replaces such a value whole ('***' for a string, else the
 * type's empty value), and {@code redact} writes '***' only for a column known to be a string. {@code null} (the field
 * is dropped) and {@code redact} of a string column are exact and not reported.</li>
 * </ul>
 * Masking in Flink SQL ({@code flink}, {@code topic}) and gateway interceptors ({@code virtual_topic}) applies every
 * method as written and is not reported.
 */
final class SecurityPoliciesNotEnforcedRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        Map<String, ModelPlan> plans = context.modelPlans();
        for (ModelDefinition model : context.project().models()) {
            accessPolicies(model, findings);
            ModelPlan plan = plans.get(model.name());
            Materialization materialized = ModelMaterialization.effective(model, plan);
            // The gateway receives the roles with each mask interceptor; a topic or a connector has one content.
            if (materialized != null && materialized != Materialization.VIRTUAL_TOPIC) {
                roleScopedMasks(model, findings);
            }
            if (materialized == Materialization.SINK) {
                sinkMasking(model, plan, findings);
            }
        }
    }

    private static void accessPolicies(ModelDefinition model, Findings findings) {
        if (model.accessPolicies().isEmpty()) {
            return;
        }
        List<String> roles = new ArrayList<>();
        for (AccessPolicy policy : model.accessPolicies()) {
            roles.addAll(policy.roles());
        }
        report(model.accessPolicies().get(0).span(), "Model '" + model.name() + "' declares allow/deny policies for "
                + "roles " + Names.quotedList(roles) + ", but streamt manages no Kafka ACLs or roles: they are "
                + "recorded in the manifest and not enforced",
                "Grant or deny these roles access to the model's topic with Kafka (or Conduktor) ACLs.", findings);
    }

    private static void roleScopedMasks(ModelDefinition model, Findings findings) {
        List<MaskingRule> scoped = new ArrayList<>();
        for (MaskingRule rule : model.masking()) {
            if (!rule.forRoles().isEmpty()) {
                scoped.add(rule);
            }
        }
        if (scoped.isEmpty()) {
            return;
        }
        report(scoped.get(0).span(), "Model '" + model.name() + "' masks " + columns(scoped) + " only for roles "
                + Names.quotedList(scoped.get(0).forRoles()) + ", but its output is the same for every reader: the "
                + "columns are masked for everyone",
                "Remove for_roles, or give those roles their own model with the masking and keep the clear one for "
                        + "the others.", findings);
    }

    private static void sinkMasking(ModelDefinition model, ModelPlan plan, Findings findings) {
        List<String> approximated = new ArrayList<>();
        MaskingRule first = null;
        boolean rewrites = false;
        for (MaskingRule rule : model.masking()) {
            boolean text = isText(plan, rule.column());
            String effect = connectEffect(rule.policy(), text);
            if (effect != null) {
                first = first == null ? rule : first;
                rewrites |= rule.policy() != MaskingPolicy.REDACT;
                approximated.add("'" + rule.column() + "' (" + rule.policy().wireValue() + ") " + effect);
            }
        }
        if (first == null) {
            return;
        }
        report(first.span(), "Sink model '" + model.name() + "' masks in Kafka Connect, whose transforms cannot apply "
                + "every method as written: " + String.join("; ", approximated),
                rewrites ? "Mask in an upstream flink or topic model (Flink SQL applies every method) and export that "
                        + "model."
                        : "Declare the column's type as a string on the input (MaskField then writes '***'), or mask "
                                + "in an upstream flink or topic model and export that model.", findings);
    }

    /**
     * What Connect's masking (the artifact stage's MaskField / ReplaceField transforms) does instead of the method, or
     * null when it does what the method says: {@code null} drops the field, {@code redact} of a string writes '***'.
     */
    private static String connectEffect(MaskingPolicy policy, boolean text) {
        if (policy == MaskingPolicy.NULL) {
            return null;
        }
        if (policy == MaskingPolicy.REDACT) {
            return text ? null : "gets its type's empty value, not '***' (its type is not known to be a string)";
        }
        return text ? "is replaced whole by '***'" : "is replaced by its type's empty value";
    }

    /** Whether the sink's column is known to be a character string (its input's inferred type). */
    private static boolean isText(ModelPlan plan, String column) {
        if (plan == null) {
            return false;
        }
        for (OutputColumn output : plan.columns()) {
            if (output.name().equals(column)) {
                return output.inferred() && output.type().isCharacterString();
            }
        }
        return false;
    }

    /** {@code 'a' (redact), 'b' (hash)}. */
    private static String columns(List<MaskingRule> rules) {
        StringBuilder text = new StringBuilder();
        for (MaskingRule rule : rules) {
            text.append(text.length() == 0 ? "" : ", ").append('\'').append(rule.column()).append("' (")
                    .append(rule.policy().wireValue()).append(')');
        }
        return text.toString();
    }

    private static void report(Span at, String message, String hint, Findings findings) {
        findings.add(at.diagnostic(DiagnosticCode.SECURITY_POLICIES_NOT_ENFORCED, message, hint));
    }
}
