package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import java.util.Map;

/**
 * What to do when a test fails, kept generic: its {@code type} ({@code alert}, {@code pause}, {@code dlq},
 * {@code block_deploy}) and its {@code config} as plain JSON values (like
 * {@code {"channel": "slack", "webhook": "${SLACK_WEBHOOK}"}}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FailureAction(String type, Map<String, Object> config) {

    public FailureAction {
        Require.nonBlank(type, "on_failure type");
        config = Require.jsonObject(config, "on_failure config");
    }

    /** An action of a type with its configuration. */
    public static FailureAction of(String type, Map<String, ?> config) {
        return new FailureAction(type, Require.jsonObject(config, "on_failure config"));
    }
}
