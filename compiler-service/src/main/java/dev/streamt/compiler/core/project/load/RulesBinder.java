package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.policy.ModelRules;
import dev.streamt.compiler.core.project.policy.Rules;
import dev.streamt.compiler.core.project.policy.SecurityRules;
import dev.streamt.compiler.core.project.policy.SourceRules;
import dev.streamt.compiler.core.project.policy.TopicRules;
import dev.streamt.contracts.diagnostics.Severity;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads the {@code rules} block (governance). */
final class RulesBinder {

    static final Keys RULES = Keys.of("severity", "topics", "models", "sources", "security");
    static final Keys TOPICS = Keys.of("min_partitions", "max_partitions", "min_replication_factor",
            "max_replication_factor", "naming_pattern", "forbidden_prefixes", "forbidden_suffixes", "required_config",
            "severity");
    static final Keys MODELS = Keys.of("require_description", "require_owner", "require_tests", "max_dependencies",
            "severity");
    static final Keys SOURCES = Keys.of("require_schema", "require_freshness", "severity");
    static final Keys SECURITY = Keys.of("require_classification", "sensitive_columns_require_masking", "severity");
    private static final List<String> SEVERITIES = List.of("error", "warning");

    private RulesBinder() {
    }

    static Rules bind(Fields root) {
        Fields rules = root.block("rules", RULES);
        if (rules == null) {
            return Rules.none(root.span().withPath("rules"));
        }
        Severity all = severity(rules, Severity.ERROR);
        Fields topics = rules.map("topics", TOPICS);
        Fields models = rules.map("models", MODELS);
        Fields sources = rules.map("sources", SOURCES);
        Fields security = rules.map("security", SECURITY);
        return new Rules(topics == null ? null : topics(topics, severity(topics, all)),
                models == null ? null : new ModelRules(models.bool("require_description", false),
                        models.bool("require_owner", false), models.bool("require_tests", false),
                        models.integer("max_dependencies", 0), severity(models, all)),
                sources == null ? null : new SourceRules(sources.bool("require_schema", false),
                        sources.bool("require_freshness", false), severity(sources, all)),
                security == null ? null : new SecurityRules(security.bool("require_classification", false),
                        security.bool("sensitive_columns_require_masking", false), severity(security, all)),
                rules.positions.build());
    }

    private static TopicRules topics(Fields topics, Severity severity) {
        Integer minPartitions = topics.integer("min_partitions", 1);
        Integer maxPartitions = topics.integer("max_partitions", 1);
        Integer minReplication = topics.integer("min_replication_factor", 1);
        Integer maxReplication = topics.integer("max_replication_factor", 1);
        ordered(topics, "min_partitions", minPartitions, "max_partitions", maxPartitions);
        ordered(topics, "min_replication_factor", minReplication, "max_replication_factor", maxReplication);
        String pattern = topics.string("naming_pattern");
        if (pattern != null) {
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                topics.ctx.problems.invalid(topics.valueSpan("naming_pattern"), "'" + topics.pathOf("naming_pattern")
                        + "' is not a valid regular expression: " + e.getDescription(), null);
                pattern = null;
            }
        }
        Map<String, String> requiredConfig = Map.of();
        List<String> requiredKeys = List.of();
        if (topics.value("required_config") instanceof SequenceNode) {
            requiredKeys = topics.strings("required_config");
        } else {
            requiredConfig = Plain.scalarMap(topics.ctx, topics.value("required_config"),
                    topics.pathOf("required_config"), topics.canonicalOf("required_config"), topics.positions);
        }
        return new TopicRules(minPartitions, maxPartitions, minReplication, maxReplication, pattern,
                topics.strings("forbidden_prefixes"), topics.strings("forbidden_suffixes"), requiredConfig,
                requiredKeys, severity);
    }

    private static void ordered(Fields fields, String minKey, Integer min, String maxKey, Integer max) {
        if (min != null && max != null && min > max) {
            fields.ctx.problems.invalid(fields.valueSpan(minKey), "'" + fields.pathOf(minKey) + "' (" + min
                    + ") is greater than '" + fields.pathOf(maxKey) + "' (" + max + ")", null);
        }
    }

    private static Severity severity(Fields fields, Severity otherwise) {
        String value = fields.choice("severity", SEVERITIES);
        return value == null ? otherwise : Severity.fromWireValue(value);
    }
}
