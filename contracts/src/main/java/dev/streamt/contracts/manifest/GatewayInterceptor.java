package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import java.util.Map;

/**
 * An interceptor of a gateway rule: its {@code type} (like {@code sql_filter}, {@code field_masking}) and its
 * {@code config} as plain JSON values.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GatewayInterceptor(String type, Map<String, Object> config) {

    public GatewayInterceptor {
        Require.nonBlank(type, "interceptor type");
        config = Require.jsonObject(config, "interceptor config");
    }

    /** An interceptor of a type with its configuration. */
    public static GatewayInterceptor of(String type, Map<String, ?> config) {
        return new GatewayInterceptor(type, Require.jsonObject(config, "interceptor config"));
    }
}
