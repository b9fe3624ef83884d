package dev.streamt.runtime.kafka;

import dev.streamt.runtime.config.StreamtRuntimeConfig;
import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;

/**
 * Gives every consumer of the service a static group membership ({@code group.instance.id}) when the service knows a
 * stable name for itself ({@code streamt.service.instance-id}: the pod's name in Kubernetes, a fixed name per service
 * on one machine). A restarted process then takes over its partitions at once, instead of waiting for the group
 * coordinator to time out the member that died with it (45 s by default): after a SIGKILL, the first events are
 * handled as soon as the new process has joined. The id is unique per channel, since two channels of one service may
 * share a group. Without an instance id, membership stays dynamic.
 *
 * <p>The session timeout ({@code streamt.consumers.session-timeout}) also bounds how long a member that is gone for
 * good (a pod replaced under another name) holds its partitions.
 */
@ApplicationScoped
public class StaticMembership implements ClientCustomizer<Map<String, Object>> {

    @Inject
    StreamtRuntimeConfig config;

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> given) {
        if (!given.containsKey(ConsumerConfig.GROUP_ID_CONFIG)) {
            return given; // a producer
        }
        Map<String, Object> clientConfig = new HashMap<>(given);
        clientConfig.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG,
                (int) config.consumers().sessionTimeout().toMillis());
        clientConfig.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
                (int) Math.max(500, config.consumers().sessionTimeout().toMillis() / 4));
        config.service().instanceId().filter(id -> !id.isBlank()).ifPresent(id ->
                clientConfig.putIfAbsent(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, id + "-" + channel));
        return clientConfig;
    }
}
