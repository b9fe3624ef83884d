package dev.streamt.runtime.topics;

import dev.streamt.contracts.events.MessageKind;
import dev.streamt.contracts.events.StreamtTopic;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Decides which of the topics a service owns are missing and how each is created. Pure, thread-safe. */
public final class OwnedTopics {

    private OwnedTopics() {
    }

    /** A topic to create: name, partitions, replication factor (null for the broker's default) and configs. */
    public record TopicToCreate(String name, int partitions, Short replicationFactor, Map<String, String> configs) {
        public TopicToCreate {
            configs = Map.copyOf(configs);
        }
    }

    /** The owned topics that are not among the existing ones, in catalog order. */
    public static List<TopicToCreate> missing(List<StreamtTopic> owned, Set<String> existing, TopicSettings settings) {
        List<TopicToCreate> result = new ArrayList<>();
        for (StreamtTopic topic : owned) {
            if (!existing.contains(topic.topicName())) {
                result.add(new TopicToCreate(topic.topicName(), settings.partitions(),
                        settings.replicationFactor().orElse(null), configs(topic, settings)));
            }
        }
        return result;
    }

    static Map<String, String> configs(StreamtTopic topic, TopicSettings settings) {
        Map<String, String> configs = new LinkedHashMap<>();
        configs.put("max.message.bytes", Integer.toString(settings.maxMessageBytes()));
        configs.put("retention.ms", isCommandTopic(topic)
                ? Long.toString(settings.commandRetention().toMillis())
                : settings.eventRetention().map(d -> Long.toString(d.toMillis())).orElse("-1"));
        return configs;
    }

    static boolean isCommandTopic(StreamtTopic topic) {
        return topic.kind() == MessageKind.COMMAND;
    }
}
