package dev.streamt.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Broker settings every kit broker (and the local stack's broker) starts with; callers may override any of them.
 * Stateless.
 */
public final class BrokerDefaults {

    private BrokerDefaults() {
    }

    /** The settings, in a new mutable map. */
    public static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        // One broker: internal topics must not ask for more replicas than exist, or groups and transactions never form.
        settings.put("offsets.topic.replication.factor", "1");
        settings.put("transaction.state.log.replication.factor", "1");
        settings.put("transaction.state.log.min.isr", "1");
        settings.put("share.coordinator.state.topic.replication.factor", "1");
        settings.put("share.coordinator.state.topic.min.isr", "1");
        // Few internal partitions: creating fifty of them on the first group join costs a test about a second.
        settings.put("offsets.topic.num.partitions", "1");
        settings.put("transaction.state.log.num.partitions", "1");
        // Tests join groups one consumer at a time; waiting for more members only slows them down.
        settings.put("group.initial.rebalance.delay.ms", "0");
        // The platform allows messages up to 16 MiB.
        settings.put("message.max.bytes", Integer.toString(KafkaBroker.BROKER_MESSAGE_MAX_BYTES));
        settings.put("replica.fetch.max.bytes", Integer.toString(KafkaBroker.BROKER_MESSAGE_MAX_BYTES));
        // Topics are provisioned explicitly in production; a test that forgets one should fail, not pass by accident.
        settings.put("auto.create.topics.enable", "false");
        settings.put("num.partitions", "1");
        settings.put("default.replication.factor", "1");
        return settings;
    }
}
