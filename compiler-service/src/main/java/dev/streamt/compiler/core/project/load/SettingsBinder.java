package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.ConnectorSettings;
import dev.streamt.compiler.core.project.FlinkSettings;
import dev.streamt.compiler.core.project.GatewaySettings;
import dev.streamt.compiler.core.project.StateBackend;
import dev.streamt.compiler.core.project.TopicSettings;
import java.util.List;

/** Reads topic, Flink, connector and gateway settings (shared by models and {@code defaults}). */
final class SettingsBinder {

    static final Keys TOPIC = Keys.of("name", "partitions", "replication_factor", "config");
    static final Keys DEFAULT_TOPIC = Keys.of("partitions", "replication_factor", "config");
    static final Keys FLINK = Keys.of("parallelism", "checkpoint_interval_ms", "checkpoint_interval",
            "checkpoint_timeout_ms", "checkpoint_timeout", "state_backend", "state_ttl_ms", "restart_strategy",
            "cluster");
    static final Keys CONNECTOR = Keys.of("type", "tasks_max", "config");
    static final Keys SINK = Keys.of("connector", "config");
    static final Keys GATEWAY = Keys.of("virtual_topic");
    static final Keys VIRTUAL_TOPIC = Keys.of("name");
    static final List<String> STATE_BACKENDS = List.of("hashmap", "rocksdb");
    static final List<String> RESTART_STRATEGIES = List.of("fixed-delay", "failure-rate", "exponential-delay", "none");

    private SettingsBinder() {
    }

    static TopicSettings topic(Fields topic) {
        if (topic == null) {
            return null;
        }
        String name = RuntimeBinder.nonEmpty(topic, "name");
        return new TopicSettings(name, topic.integer("partitions", 1), topic.integer("replication_factor", 1),
                Plain.scalarMap(topic.ctx, topic.value("config"), topic.pathOf("config"), topic.canonicalOf("config"),
                        topic.positions));
    }

    static FlinkSettings flink(Fields flink) {
        if (flink == null) {
            return null;
        }
        Long interval = either(flink, "checkpoint_interval_ms", "checkpoint_interval");
        Long timeout = either(flink, "checkpoint_timeout_ms", "checkpoint_timeout");
        String backend = flink.choice("state_backend", STATE_BACKENDS);
        return new FlinkSettings(flink.integer("parallelism", 1), interval, timeout,
                backend == null ? null : StateBackend.valueOf(backend.toUpperCase(java.util.Locale.ROOT)),
                flink.longValue("state_ttl_ms", Long.MIN_VALUE), flink.choice("restart_strategy", RESTART_STRATEGIES),
                RuntimeBinder.nonEmpty(flink, "cluster"));
    }

    /** Milliseconds from {@code key} or its alias (both written is an error). */
    private static Long either(Fields fields, String key, String alias) {
        if (fields.written(key) && fields.written(alias)) {
            fields.ctx.problems.invalid(fields.keySpan(alias), "Both '" + fields.pathOf(key) + "' and '"
                    + fields.pathOf(alias) + "' are set", "Keep only '" + key + "'.");
            return null;
        }
        String used = fields.written(alias) ? alias : key;
        Long value = fields.longValue(used, 1);
        if (used.equals(alias)) {
            fields.positions.put(fields.canonicalOf(key), fields.keySpan(alias));
        }
        return value;
    }

    static ConnectorSettings connector(Fields connector) {
        if (connector == null) {
            return null;
        }
        return new ConnectorSettings(RuntimeBinder.nonEmpty(connector, "type"), connector.integer("tasks_max", 1),
                config(connector));
    }

    /** The streamt CLI's {@code sink{connector, config}}: the connector type and its config. */
    static ConnectorSettings sink(Fields sink) {
        if (sink == null) {
            return null;
        }
        sink.require("connector", "the connector type, like snowflake-sink");
        return new ConnectorSettings(RuntimeBinder.nonEmpty(sink, "connector"), null, config(sink));
    }

    private static java.util.Map<String, String> config(Fields fields) {
        return Plain.scalarMap(fields.ctx, fields.value("config"), fields.pathOf("config"),
                fields.canonicalOf("config"), fields.positions);
    }

    /** {@code gateway{virtual_topic{name}}}; {@code virtual_topic} may also be just the name. */
    static GatewaySettings gateway(Fields gateway) {
        if (gateway == null) {
            return null;
        }
        if (!gateway.written("virtual_topic")) {
            gateway.require("virtual_topic", "the virtual topic the gateway exposes");
            return null;
        }
        org.snakeyaml.engine.v2.nodes.Node value = gateway.value("virtual_topic");
        if (value instanceof org.snakeyaml.engine.v2.nodes.ScalarNode && !Scalars.isNull(value)) {
            return new GatewaySettings(RuntimeBinder.nonEmpty(gateway, "virtual_topic"));
        }
        Fields virtualTopic = gateway.map("virtual_topic", VIRTUAL_TOPIC);
        return new GatewaySettings(virtualTopic == null ? null : RuntimeBinder.nonEmpty(virtualTopic, "name"));
    }
}
