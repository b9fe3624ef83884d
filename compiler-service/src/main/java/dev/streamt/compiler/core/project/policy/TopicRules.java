package dev.streamt.compiler.core.project.policy;

import dev.streamt.compiler.core.project.Immutable;
import dev.streamt.contracts.diagnostics.Severity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * {@code rules.topics}: partition and replication bounds, a {@code naming_pattern} (a valid Java regex, matched
 * against the whole name), forbidden prefixes and suffixes, {@code required_config} ({@code key: value}; the streamt
 * CLI's list form of keys becomes {@code requiredConfigKeys}, which only need to be present), and the
 * {@code severity} of violations.
 */
public record TopicRules(Integer minPartitions, Integer maxPartitions, Integer minReplicationFactor,
        Integer maxReplicationFactor, String namingPattern, List<String> forbiddenPrefixes,
        List<String> forbiddenSuffixes, Map<String, String> requiredConfig, List<String> requiredConfigKeys,
        Severity severity) {

    /** No topic rules. */
    public static final TopicRules NONE = new TopicRules(null, null, null, null, null, null, null, null, null,
            Severity.ERROR);

    public TopicRules {
        forbiddenPrefixes = Immutable.list(forbiddenPrefixes);
        forbiddenSuffixes = Immutable.list(forbiddenSuffixes);
        requiredConfig = Immutable.map(requiredConfig);
        requiredConfigKeys = Immutable.list(requiredConfigKeys);
        Objects.requireNonNull(severity, "severity");
    }

    /** The compiled naming pattern, or null. */
    public Pattern namingRegex() {
        return namingPattern == null ? null : Pattern.compile(namingPattern);
    }
}
