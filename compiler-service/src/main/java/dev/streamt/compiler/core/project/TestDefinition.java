package dev.streamt.compiler.core.project;

import dev.streamt.contracts.diagnostics.Severity;
import dev.streamt.contracts.testing.TestType;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A test ({@code tests[]}): the {@code model} (or source) it checks, its {@code type} (null only after an
 * {@code INVALID_VALUE} was reported), assertions, run settings as written (null when not written; see
 * {@link #effectiveSampleSize()} and {@link #effectiveTimeout()}) and {@code on_failure} actions.
 * {@code onFailureSeverity} is set by the {@code {severity, actions[]}} form only.
 */
public record TestDefinition(String name, String model, TestType type, String description, List<Assertion> assertions,
        Integer sampleSize, Duration timeout, String flinkCluster, Severity onFailureSeverity,
        List<OnFailureAction> onFailure, Positions positions) implements Located {

    /** The sample size of a sample test when none is written. */
    public static final int DEFAULT_SAMPLE_SIZE = 100;

    /** The timeout of a sample test when none is written. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public TestDefinition {
        Immutable.name(name, "test name");
        assertions = Immutable.list(assertions);
        onFailure = Immutable.list(onFailure);
        Objects.requireNonNull(positions, "positions");
    }

    public int effectiveSampleSize() {
        return sampleSize == null ? DEFAULT_SAMPLE_SIZE : sampleSize;
    }

    public Duration effectiveTimeout() {
        return timeout == null ? DEFAULT_TIMEOUT : timeout;
    }
}
