package dev.streamt.contracts.testing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import java.time.Instant;
import java.util.List;

/**
 * One run of a project's data tests in an environment: its {@code status}, when it started and finished
 * ({@code null} while pending or running) and one {@code results} entry per test run. A run with any failed test is
 * {@code failed}; one that could not be carried out is {@code error}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TestRun(
        String id,
        String project,
        @Nullable String environment,
        TestRunStatus status,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        List<TestResult> results) {

    public TestRun {
        Require.nonBlank(id, "test run id");
        Require.nonBlank(project, "project");
        Require.nullOrNonBlank(environment, "environment");
        Require.nonNull(status, "status");
        results = Require.list(results, "results");
    }

    /** The results whose status is {@code failed} or {@code error}. */
    public List<TestResult> failures() {
        return results.stream()
                .filter(result -> result.status() == TestStatus.FAILED || result.status() == TestStatus.ERROR)
                .toList();
    }
}
