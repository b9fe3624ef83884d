package dev.streamt.compiler.core.project;

import java.util.Map;

/**
 * A sink model's Kafka Connect settings: {@code type} (a short type like {@code snowflake-sink} or a connector
 * class), {@code tasks_max}, and {@code config} (values as text, sorted). From {@code advanced.connector}, the
 * {@code connector} shorthand or the streamt CLI's {@code sink{connector, config}}.
 */
public record ConnectorSettings(String type, Integer tasksMax, Map<String, String> config) {

    public ConnectorSettings {
        config = Immutable.map(config);
    }
}
