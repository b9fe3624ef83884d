package dev.streamt.runtime.clusters;

import java.time.Instant;

/**
 * A project's cluster did not answer a moment ago, so it is not asked again yet (its circuit is open). The message
 * names the cluster as declared (placeholders, never resolved values), the reason of the failure and when it will be
 * tried again.
 */
public class ClusterUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClusterUnavailableException(String declaredCluster, String reason, Instant failedAt, Instant retryAfter) {
        super("Kafka at " + declaredCluster + " did not answer at " + failedAt + " (" + reason
                + "); not tried again before " + retryAfter, null, false, false);
    }
}
