package dev.streamt.contracts.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;

/** The response of {@code POST /api/v1/test-runs} (202): the id of the test run that was started. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TestRunAccepted(String runId) {

    public TestRunAccepted {
        Require.nonBlank(runId, "run_id");
    }
}
