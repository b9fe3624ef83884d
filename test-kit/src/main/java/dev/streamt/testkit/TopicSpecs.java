package dev.streamt.testkit;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses the {@code topics} init arg of {@link KafkaResource}: {@code name[:partitions],...}. Stateless. */
final class TopicSpecs {

    private TopicSpecs() {
    }

    /** Topic name to partition count, in the order given. */
    static Map<String, Integer> parse(String spec) {
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (String entry : spec.split(",")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int colon = trimmed.lastIndexOf(':');
            if (colon < 0) {
                topics.put(trimmed, 1);
                continue;
            }
            String name = trimmed.substring(0, colon).trim();
            String partitions = trimmed.substring(colon + 1).trim();
            try {
                topics.put(name, Integer.parseInt(partitions));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Bad topic spec '" + trimmed + "': expected name or name:partitions", e);
            }
        }
        return topics;
    }
}
