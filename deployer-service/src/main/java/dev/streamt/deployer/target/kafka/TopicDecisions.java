package dev.streamt.deployer.target.kafka;

/**
 * The idempotency decisions of the topic executor, where Kafka says "already" and the live topic tells whether that is
 * the desired state (done) or contradicts it (a failed step naming both). Pure, thread-safe.
 */
public final class TopicDecisions {

    private TopicDecisions() {
    }

    /**
     * A create found {@code wanted} existing with {@code partitions} and {@code replicationFactor}: null when the topic
     * is {@code ours} (this step ran before a crash) and has the wanted counts (done), else the error. A topic that is
     * not ours is never counted as done, whatever its counts.
     */
    public static String onExisting(TopicSpec wanted, int partitions, int replicationFactor, boolean ours) {
        String found = "topic '" + wanted.name() + "' already exists with " + partitions
                + " partitions and replication factor " + replicationFactor;
        if (!ours) {
            // It appeared between the plan and this step: another team or a script made it. Counting it as done
            // would make this project its owner, and a later plan could delete it.
            return found + ", but this deployment did not create it: it appeared after the plan, and streamt never "
                    + "takes over a topic it did not create; plan again (it then shows as not managed by the project)";
        }
        if (partitions == wanted.partitions() && replicationFactor == wanted.replicationFactor()) {
            return null;
        }
        return found + ", but this change creates it with " + wanted.partitions()
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
