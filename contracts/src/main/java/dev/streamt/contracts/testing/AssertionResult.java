package dev.streamt.contracts.testing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.util.List;

/**
 * The outcome of one assertion of a test: the {@code assertion} (its type, like {@code not_null}, optionally with
 * the checked column, like {@code not_null(order_id)}), its {@code status}, what was {@code observed} and
 * {@code expected} (plain JSON values, like {@code 3} null values observed and {@code 0} expected), and up to a few
 * {@code failing_examples} (the offending records as JSON values).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AssertionResult(
        String assertion,
        TestStatus status,
        @Nullable Object observed,
        @Nullable Object expected,
        List<Object> failingExamples) {

    public AssertionResult {
        Require.nonBlank(assertion, "assertion");
        Require.nonNull(status, "status");
        observed = Require.jsonValue(observed, "observed");
        expected = Require.jsonValue(expected, "expected");
        failingExamples = Require.jsonList(failingExamples, "failing_examples");
    }
}
