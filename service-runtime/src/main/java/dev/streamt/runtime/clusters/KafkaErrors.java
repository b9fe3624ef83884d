package dev.streamt.runtime.clusters;

import dev.streamt.runtime.secrets.SecretScrubber;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Turns what the admin client reports into step errors a person can act on, scrubbed of resolved values; and waits for
 * the per-topic futures of one request. Stateless, thread-safe.
 */
public final class KafkaErrors {

    private KafkaErrors() {
    }

    /** The error of a step that failed with {@code failure}, without resolved values. */
    public static String describe(Throwable failure, SecretScrubber scrubber) {
        Throwable cause = unwrap(failure);
        String message = cause.getMessage() == null || cause.getMessage().isBlank()
                ? cause.getClass().getSimpleName() : cause.getMessage();
        String text;
        if (cause instanceof TimeoutException) {
            text = "the Kafka cluster did not answer in time: " + message;
        } else if (cause instanceof AuthenticationException) {
            text = "cannot authenticate to the Kafka cluster: " + message;
        } else if (cause instanceof AuthorizationException) {
            text = "not authorized on the Kafka cluster: " + message;
        } else if (cause instanceof InterruptedException) {
            text = "interrupted while waiting for the Kafka cluster (the deployer is stopping)";
        } else {
            text = cause.getClass().getSimpleName() + ": " + message;
        }
        return scrubber.scrub(text);
    }

    /** The exception an admin future failed with, without the wrappers of the future API. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof CompletionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * Waits for every future of one request (the admin client's own timeout bounds the wait) and returns the failed
     * ones with their unwrapped exception; a key missing from the result succeeded. When the thread is interrupted the
     * futures not yet done count as failed and the interrupt stays set.
     */
    public static <K> Map<K, Throwable> failures(Map<K, ? extends KafkaFuture<?>> futures) {
        Map<K, Throwable> failed = new HashMap<>();
        for (Map.Entry<K, ? extends KafkaFuture<?>> entry : futures.entrySet()) {
            if (Thread.currentThread().isInterrupted()) {
                failed.put(entry.getKey(), new InterruptedException());
                continue;
            }
            try {
                entry.getValue().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failed.put(entry.getKey(), e);
            } catch (ExecutionException | RuntimeException e) {
                failed.put(entry.getKey(), unwrap(e));
            }
        }
        return failed;
    }
}
