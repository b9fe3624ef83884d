package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.MlOutput;
import dev.streamt.compiler.core.project.Positions;
import dev.streamt.compiler.core.project.policy.AccessPolicy;
import dev.streamt.compiler.core.project.policy.MaskingPolicy;
import dev.streamt.compiler.core.project.policy.MaskingRule;
import dev.streamt.contracts.manifest.Classification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads a model's {@code security} (masking, classification, the streamt CLI's policies) and {@code ml_outputs}. */
final class ModelSecurityBinder {

    static final Keys SECURITY = Keys.of("masking", "classification", "policies");
    static final Keys MASKING = Keys.of("column", "policy", "config");
    static final Keys MASKING_CONFIG = Keys.of("visible_chars");
    static final Keys POLICY = Keys.of("mask", "allow", "deny");
    static final Keys MASK = Keys.of("column", "method", "for_roles");
    static final Keys ALLOW = Keys.of("roles", "purpose");
    static final Keys DENY = Keys.of("roles");
    static final Keys ML_OUTPUT = Keys.of("columns", "description");
    static final Keys ML_COLUMN = Keys.of("name", "type", "description");

    /** What {@code security} declares. */
    record Security(List<MaskingRule> masking, List<AccessPolicy> policies, Map<String, Classification> classification) {
    }

    private ModelSecurityBinder() {
    }

    static Security security(Fields model) {
        Fields security = model.map("security", SECURITY);
        if (security == null) {
            return new Security(List.of(), List.of(), Map.of());
        }
        List<MaskingRule> masking = new ArrayList<>();
        for (YamlItem item : security.items("masking")) {
            Fields rule = item.read(model.ctx, model.positions, MASKING);
            boolean complete = rule.require("column", null);
            String column = RuntimeBinder.nonEmpty(rule, "column");
            String policy = policyOf(rule, "policy");
            Fields config = rule.map("config", MASKING_CONFIG);
            Integer visible = config == null ? null : config.integer("visible_chars", 0);
            if (complete && column != null && policy != null) {
                masking.add(new MaskingRule(column, MaskingPolicy.fromWireValue(policy), visible, List.of(),
                        MaskingRule.Origin.MASKING, item.span()));
            }
        }
        List<AccessPolicy> policies = new ArrayList<>();
        for (YamlItem item : security.items("policies")) {
            policy(model.ctx, item, model.positions, masking, policies);
        }
        Map<String, Classification> classification = new LinkedHashMap<>();
        for (YamlEntry entry : security.entries("classification")) {
            String level = Values.choice(model.ctx, entry.value(), entry.path(), ColumnBinder.CLASSIFICATIONS, false);
            if (level != null) {
                classification.put(entry.name(), Classification.fromWireValue(level));
            }
        }
        return new Security(masking, policies, classification);
    }

    private static void policy(BindContext ctx, YamlItem item, Positions.Builder positions,
            List<MaskingRule> masking, List<AccessPolicy> policies) {
        if (!item.isMapping(ctx, "one of mask, allow or deny") || ((MappingNode) item.node()).getValue().size() != 1) {
            if (item.node() instanceof MappingNode) {
                ctx.problems.invalid(item.span(), "'" + item.path() + "' must hold exactly one of mask, allow or deny",
                        "Write one policy per list item.");
            }
            return;
        }
        Fields policy = item.read(ctx, positions, POLICY);
        if (policy.has("mask")) {
            Fields mask = policy.map("mask", MASK);
            boolean complete = mask.require("column", null);
            String column = RuntimeBinder.nonEmpty(mask, "column");
            String method = policyOf(mask, "method");
            List<String> roles = mask.strings("for_roles");
            if (complete && column != null && method != null) {
                masking.add(new MaskingRule(column, MaskingPolicy.fromWireValue(method), null, roles,
                        MaskingRule.Origin.POLICIES, item.span()));
            }
        } else if (policy.has("allow") || policy.has("deny")) {
            boolean allow = policy.has("allow");
            Fields rule = policy.map(allow ? "allow" : "deny", allow ? ALLOW : DENY);
            rule.require("roles", "the roles the policy applies to");
            policies.add(new AccessPolicy(allow ? AccessPolicy.Effect.ALLOW : AccessPolicy.Effect.DENY,
                    rule.strings("roles"), allow ? rule.string("purpose") : null, item.span()));
        }
    }

    /** The masking policy under {@code key}; {@code null} written as a word is the policy "null". */
    private static String policyOf(Fields rule, String key) {
        if (!rule.written(key)) {
            rule.require(key, "one of " + String.join(", ", MaskingPolicy.WIRE_VALUES));
            return null;
        }
        String value = rule.choice(key, MaskingPolicy.WIRE_VALUES);
        if (value == null && Scalars.isNull(rule.value(key))) {
            rule.ctx.problems.invalid(rule.keySpan(key), "'" + rule.pathOf(key) + "' is empty",
                    "Allowed values: " + String.join(", ", MaskingPolicy.WIRE_VALUES) + ".");
        }
        return value;
    }

    static Map<String, MlOutput> mlOutputs(Fields model) {
        Map<String, MlOutput> outputs = new LinkedHashMap<>();
        for (YamlEntry entry : model.entries("ml_outputs")) {
            Map<String, String> columns = new LinkedHashMap<>();
            String description = null;
            if (isListForm(entry)) {
                Fields output = entry.read(model.ctx, model.positions, ML_OUTPUT);
                description = output.string("description");
                for (YamlItem item : output.items("columns")) {
                    Fields column = item.read(model.ctx, model.positions, ML_COLUMN);
                    boolean complete = column.require("name", null) & column.require("type", null);
                    String name = RuntimeBinder.nonEmpty(column, "name");
                    String type = RuntimeBinder.nonEmpty(column, "type");
                    if (complete && name != null && type != null) {
                        columns.put(name, type);
                    }
                }
            } else {
                for (YamlEntry column : YamlEntry.allOf(model.ctx, entry.value(), entry.path(), entry.canonical(),
                        model.positions)) {
                    String type = Values.string(model.ctx, column.value(), column.path());
                    if (type == null || type.isBlank()) {
                        model.ctx.problems.invalid(column.span(), "'" + column.path() + "' needs a Flink SQL type",
                                "Write <column>: <TYPE>, like score: DOUBLE.");
                    } else {
                        columns.put(column.name(), type);
                    }
                }
            }
            outputs.put(entry.name(), new MlOutput(entry.name(), columns, description, entry.span()));
        }
        return outputs;
    }

    /** Whether an output uses the {@code columns[]{name, type}} form rather than the column-to-type map. */
    private static boolean isListForm(YamlEntry entry) {
        if (!(entry.value() instanceof MappingNode mapping)) {
            return false;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("columns")
                    && tuple.getValueNode() instanceof SequenceNode) {
                return true;
            }
        }
        return false;
    }
}
