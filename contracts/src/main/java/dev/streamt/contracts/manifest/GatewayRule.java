package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.List;

/**
 * A gateway rule implementing a {@code virtual_topic} model: the {@code virtual_topic} clients read, backed by the
 * {@code physical_topic}, with {@code interceptors} (SQL filter, masking) applied in order.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GatewayRule(
        String name,
        String virtualTopic,
        String physicalTopic,
        List<GatewayInterceptor> interceptors,
        @Nullable NodeId ownerNode) {

    public GatewayRule {
        Require.nonBlank(name, "gateway rule name");
        Require.nonBlank(virtualTopic, "virtual_topic");
        Require.nonBlank(physicalTopic, "physical_topic");
        interceptors = Require.list(interceptors, "interceptors");
    }
}
