package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.AccessPolicy;
import dev.streamt.compiler.core.project.MaskingRule;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.Span;
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
 * <li>masks with {@code for_roles}: a topic, virtual topic or connector serves every reader alike, so the column is
 * masked for every reader, not only for those roles;</li>
 * <li>masking on a {@code sink}: Kafka Connect has no transform for hash, partial or tokenize, and its MaskField only
 * blanks a value, so the method is not applied as written; and only the exported copy is masked, the input topic
 * keeps the clear values.</li>
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
            roleScopedMasks(model, findings);
            if (ModelMaterialization.effective(model, plans.get(model.name())) == Materialization.SINK) {
                sinkMasking(model, findings);
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

    private static void sinkMasking(ModelDefinition model, Findings findings) {
        if (model.masking().isEmpty()) {
            return;
        }
        report(model.masking().get(0).span(), "Sink model '" + model.name() + "' masks " + columns(model.masking())
                + " in Kafka Connect, whose MaskField transform only blanks a value: the masking methods are not "
                + "applied as written, and the topic it exports keeps the clear values",
                "Mask in an upstream flink or topic model (Flink SQL applies every method) and export that model.",
                findings);
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
