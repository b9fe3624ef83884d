package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.policy.MaskingPolicy;
import dev.streamt.compiler.core.project.policy.MaskingRule;
import dev.streamt.contracts.manifest.GatewayInterceptor;
import dev.streamt.contracts.manifest.GatewayRule;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.NodeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gateway rule of each {@code virtual_topic} model: named after the model, the {@code virtual_topic}
 * ({@code gateway.virtual_topic.name}, else the model's name) backed by the {@code physical_topic} of its input, and
 * its interceptors in the order the gateway applies them:
 * <ul>
 * <li>{@code filter}: {@code statement} (the model's SELECT over the physical topic: its select list, {@code FROM}
 * the backticked topic, its WHERE) and {@code where} (the condition as written, when there is one);</li>
 * <li>one {@code mask} per masking rule: {@code field}, {@code method} (the policy), {@code visible_chars} (partial)
 * and {@code for_roles} (when the rule names roles).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class GatewayRules {

    private GatewayRules() {
    }

    /** The rules, in dependency order. */
    static List<GatewayRule> generate(TableCatalog catalog) {
        List<GatewayRule> rules = new ArrayList<>();
        for (ModelOutput output : catalog.outputs()) {
            ModelPlan plan = output.plan();
            if (plan.materialized() != Materialization.VIRTUAL_TOPIC || output.inputs().isEmpty()
                    || output.analysis() == null || output.analysis().problems().stream().anyMatch(p -> p.isError())) {
                continue;
            }
            String physical = output.inputs().get(0).table().topic();
            List<GatewayInterceptor> interceptors = new ArrayList<>();
            interceptors.add(filter(output.analysis().sql(), physical));
            for (MaskingRule rule : plan.definition().masking()) {
                interceptors.add(mask(rule));
            }
            ModelDefinition model = plan.definition();
            rules.add(new GatewayRule(model.name(), ModelOutputs.virtualTopicName(model), physical, interceptors,
                    NodeId.model(model.name())));
        }
        return rules;
    }

    /** The filter interceptor of a stateless query over the physical topic. */
    static GatewayInterceptor filter(String sql, String physicalTopic) {
        QueryClauses clauses = QueryClauses.of(sql);
        Optional<String> where = clauses.where();
        Optional<String> select = clauses.selectList();
        String statement = select.isPresent()
                ? "SELECT " + select.get() + " FROM " + Sql.ident(physicalTopic)
                        + where.map(condition -> " WHERE " + condition).orElse("")
                : sql;
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("statement", statement);
        where.ifPresent(condition -> config.put("where", condition));
        return GatewayInterceptor.of("filter", config);
    }

    /** The mask interceptor of a masking rule. */
    static GatewayInterceptor mask(MaskingRule rule) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("field", rule.column());
        config.put("method", rule.policy().wireValue());
        if (rule.policy() == MaskingPolicy.PARTIAL) {
            config.put("visible_chars", FlinkMasking.visibleChars(rule));
        }
        if (!rule.forRoles().isEmpty()) {
            config.put("for_roles", rule.forRoles());
        }
        return GatewayInterceptor.of("mask", config);
    }
}
