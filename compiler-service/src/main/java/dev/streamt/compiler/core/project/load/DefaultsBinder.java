package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Defaults;
import dev.streamt.compiler.core.project.TopicSettings;


/** Reads the {@code defaults} block. */
final class DefaultsBinder {

    static final Keys DEFAULTS = Keys.of("topic", "models", "tests");
    static final Keys MODELS = Keys.of("cluster", "topic");
    static final Keys TESTS = Keys.of("flink_cluster");

    private DefaultsBinder() {
    }

    static Defaults bind(Fields root) {
        Fields defaults = root.block("defaults", DEFAULTS);
        if (defaults == null) {
            return Defaults.none(root.span().withPath("defaults"));
        }
        TopicSettings topic = SettingsBinder.topic(defaults.map("topic", SettingsBinder.DEFAULT_TOPIC));
        Fields models = defaults.map("models", MODELS);
        String cluster = models == null ? null : RuntimeBinder.nonEmpty(models, "cluster");
        TopicSettings modelsTopic = models == null ? null
                : SettingsBinder.topic(models.map("topic", SettingsBinder.DEFAULT_TOPIC));
        Fields tests = defaults.map("tests", TESTS);
        String flinkCluster = tests == null ? null : RuntimeBinder.nonEmpty(tests, "flink_cluster");
        return new Defaults(topic, cluster, modelsTopic, flinkCluster, defaults.positions.build());
    }
}
