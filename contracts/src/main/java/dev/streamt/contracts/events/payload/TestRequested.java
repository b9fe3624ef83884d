package dev.streamt.contracts.events.payload;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.testing.TestType;
import java.util.List;

/**
 * Command {@code dev.streamt.test.requested.v1}: run the data tests of {@code project} in environment {@code env}:
 * the named {@code tests} (empty means all), optionally only those of one {@code type}. Also the body of
 * {@code POST /api/v1/test-runs}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TestRequested(String project, @Nullable String env, List<String> tests, @Nullable TestType type) {

    public TestRequested {
        Require.nonBlank(project, "project");
        Require.nullOrNonBlank(env, "env");
        tests = Require.names(tests, "tests");
    }
}
