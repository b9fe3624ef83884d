package dev.streamt.deployer.target.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits the items of one admin request into requests the cluster accepts: at most {@code maxItems} topics and at most
 * {@code maxRecords} controller records each (KRaft refuses a request that would make more than 10,000 metadata
 * records). Order is kept. An item that alone costs more than {@code maxRecords} goes in a request of its own: the
 * cluster then refuses that one topic with its own error, and no other topic suffers for it. Pure, thread-safe.
 *
 * <p>The record estimates are the KRaft controller's: a created topic makes one TopicRecord, one PartitionRecord per
 * partition (a PartitionRecord lists all its replicas, so the replication factor adds nothing) and one ConfigRecord per
 * config; an added partition one PartitionRecord; a config SET or DELETE one ConfigRecord; a deleted topic one
 * RemoveTopicRecord.
 */
public final class RequestChunks {

    private RequestChunks() {
    }

    /** Controller records of creating {@code topic} with its declared configs. */
    public static int createRecords(TopicSpec topic) {
        return 1 + topic.partitions() + topic.config().size();
    }

    /** {@code items} in consecutive chunks within both limits. */
    public static <T> List<List<T>> split(List<T> items, ToIntFunction<T> records, int maxItems, int maxRecords) {
        if (maxItems < 1 || maxRecords < 1) {
            throw new IllegalArgumentException("limits must be at least 1: " + maxItems + " items, " + maxRecords
                    + " records");
        }
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>();
        long currentRecords = 0;
        for (T item : items) {
            int cost = Math.max(1, records.applyAsInt(item));
            if (!current.isEmpty() && (current.size() == maxItems || currentRecords + cost > maxRecords)) {
                chunks.add(current);
                current = new ArrayList<>();
                currentRecords = 0;
            }
            current.add(item);
            currentRecords += cost;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
