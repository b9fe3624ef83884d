package dev.streamt.deployer.app;

/**
 * How an apply request ended: a new deployment {@code accepted}, the deployment of the same change set found again
 * ({@code already_accepted}), {@code rejected} with its reason, or the change set is {@code unknown}.
 */
public record ApplyOutcome(Kind kind, String deploymentId, String reason) {

    public enum Kind { ACCEPTED, ALREADY_ACCEPTED, REJECTED, UNKNOWN_CHANGE_SET }

    static ApplyOutcome accepted(String deploymentId) {
        return new ApplyOutcome(Kind.ACCEPTED, deploymentId, null);
    }

    static ApplyOutcome alreadyAccepted(String deploymentId) {
        return new ApplyOutcome(Kind.ALREADY_ACCEPTED, deploymentId, null);
    }

    static ApplyOutcome rejected(String deploymentId, String reason) {
        return new ApplyOutcome(Kind.REJECTED, deploymentId, reason);
    }

    static ApplyOutcome unknownChangeSet(String reason) {
        return new ApplyOutcome(Kind.UNKNOWN_CHANGE_SET, null, reason);
    }
}
