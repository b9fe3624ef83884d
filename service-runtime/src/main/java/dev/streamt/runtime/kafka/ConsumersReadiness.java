package dev.streamt.runtime.kafka;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only when every consumer of the service has joined its group and been given its share of the partitions (an
 * assignment, possibly empty when other pods hold them all): a service whose connections open but whose consumers
 * still wait for the group is not handling events yet, and must not be reported as ready.
 */
@Readiness
@ApplicationScoped
public class ConsumersReadiness implements HealthCheck {

    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    KafkaClientService clients;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("streamt-consumers");
        TreeMap<String, String> states = new TreeMap<>();
        boolean ready = true;
        for (String channel : clients.getConsumerChannels()) {
            String state = state(channel);
            states.put(channel, state);
            ready &= state.startsWith("joined");
        }
        states.forEach(response::withData);
        return (ready ? response.up() : response.down()).build();
    }

    private String state(String channel) {
        KafkaConsumer<Object, Object> consumer = clients.getConsumer(channel);
        if (consumer == null) {
            return "not started";
        }
        try {
            ConsumerGroupMetadata group = consumer.consumerGroupMetadata().await().atMost(ASK_TIMEOUT);
            if (group == null || group.generationId() <= 0) {
                return "waiting for its group";
            }
            Set<?> assigned = consumer.getAssignments().await().atMost(ASK_TIMEOUT);
            return "joined " + group.groupId() + " (generation " + group.generationId() + ", "
                    + (assigned == null ? 0 : assigned.size()) + " partitions)";
        } catch (RuntimeException e) {
            return "not answering: " + e.getClass().getSimpleName();
        }
    }
}
