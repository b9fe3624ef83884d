package dev.streamt.planner.core;

/**
 * The live system of a target could not be read: unreachable, too slow, refusing the credentials, or a {@code ${VAR}}
 * of its connection is not set. The message says which and why in words a user can act on; it never holds a resolved
 * secret. A plan that meets it fails as a whole (a partial view would plan wrong creates).
 */
public class TargetUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient java.util.List<String> missingVariables;

    public TargetUnavailableException(String message, Throwable cause) {
        this(message, java.util.List.of(), cause);
    }

    public TargetUnavailableException(String message, java.util.List<String> missingVariables, Throwable cause) {
        super(message, cause);
        this.missingVariables = java.util.List.copyOf(missingVariables);
    }

    /** The {@code ${VAR}} names that are not set in this service's environment (empty when that is not the cause). */
    public java.util.List<String> missingVariables() {
        return missingVariables;
    }
}
