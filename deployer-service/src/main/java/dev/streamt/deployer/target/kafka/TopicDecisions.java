package dev.streamt.deployer.target.kafka;

/**
 * The idempotency decisions of the topic executor, where Kafka says "already" and the live topic tells whether that is
 * the desired state (done) or contradicts it (a failed step naming both). Pure, thread-safe.
 */
public final class TopicDecisions {

    private TopicDecisions() {
    }

    /**
     * A create found {@code wanted} existing with {@code partitions} and {@code replicationFactor}: null when those are
     * the wanted counts (done: a re-run, or someone made it the same), else the error.
     */
    public static String onExisting(TopicSpec wanted, int partitions, int replicationFactor) {
        if (partitions == wanted.partitions() && replicationFactor == wanted.replicationFactor()) {
            return null;
        }
        return "topic '" + wanted.name() + "' already exists with " + partitions + " partitions and replication factor "
                + replicationFactor + ", but this change creates it with " + wanted.partitions()
                + " partitions and replication factor " + wanted.replicationFactor()
                + "; align the declaration with the topic or replace it";
    }

    /**
     * Kafka refused to grow {@code name} to {@code wanted} partitions ({@code refusal}) and it has {@code actual}: null
     * when it already has them (done: a re-run), else the error.
     */
    public static String onPartitionsRefused(String name, int wanted, int actual, String refusal) {
        if (actual == wanted) {
            return null;
        }
        if (actual > wanted) {
            return "topic '" + name + "' has " + actual + " partitions, more than the " + wanted
                    + " this change grows it to; Kafka cannot remove partitions: declare " + actual
                    + " or replace the topic under a new name";
        }
        return refusal;
    }
}
