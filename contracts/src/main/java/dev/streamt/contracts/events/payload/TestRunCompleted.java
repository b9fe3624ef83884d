package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.testing.TestRun;

/** Event {@code dev.streamt.testrun.completed.v1}: a test run finished; carries the whole {@code test_run}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TestRunCompleted(TestRun testRun) {

    public TestRunCompleted {
        Require.nonNull(testRun, "test_run");
    }
}
