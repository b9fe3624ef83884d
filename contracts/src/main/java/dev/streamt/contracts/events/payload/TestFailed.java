package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.testing.TestResult;

/**
 * Event {@code dev.streamt.test.failed.v1}: one {@code test} of run {@code run_id} failed (or, for a continuous
 * test, found violations); {@code result} holds the assertions and failing examples.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TestFailed(String runId, String test, TestResult result) {

    public TestFailed {
        Require.nonBlank(runId, "run_id");
        Require.nonBlank(test, "test");
        Require.nonNull(result, "result");
    }
}
