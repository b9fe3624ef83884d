package dev.streamt.contracts.testing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.List;

/**
 * The outcome of one test of a run: the {@code test} name, its {@code type}, its {@code status} and the results of
 * its {@code assertions}; {@code error} says what went wrong when the status is {@code error} (the test could not be
 * carried out, for example the topic was unreachable).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TestResult(
        String test,
        TestType type,
        TestStatus status,
        List<AssertionResult> assertions,
        @Nullable String error) {

    public TestResult {
        Require.nonBlank(test, "test");
        Require.nonNull(type, "type");
        Require.nonNull(status, "status");
        assertions = Require.list(assertions, "assertions");
        Require.nullOrNonBlank(error, "error");
    }
}
