package dev.streamt.deployer.core;

import java.util.Objects;

/** How carrying out one change ended: succeeded ({@code error == null}) or failed with an error a person can act on. */
public record StepResult(String changeId, String error) {

    public StepResult {
        Objects.requireNonNull(changeId, "changeId");
        if (error != null && error.isBlank()) {
            throw new IllegalArgumentException("a failed step needs an error");
        }
    }

    public static StepResult succeeded(String changeId) {
        return new StepResult(changeId, null);
    }

    public static StepResult failed(String changeId, String error) {
        return new StepResult(changeId, Objects.requireNonNull(error, "error"));
    }

    public boolean isSuccess() {
        return error == null;
    }
}
