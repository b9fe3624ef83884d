package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;
import dev.streamt.contracts.testing.TestType;
import java.util.List;

/**
 * A data test declared by the project: its {@code name}, the node id of the {@code model} (or source) it checks, its
 * {@code type}, {@code assertions} and {@code on_failure} actions, and the run settings: {@code sample_size} and
 * {@code timeout_ms} for sample tests, {@code flink_cluster} for continuous tests (the compiler applies defaults).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TestDefinition(
        String name,
        NodeId model,
        TestType type,
        @Nullable String description,
        List<TestAssertion> assertions,
        List<FailureAction> onFailure,
        @Nullable Integer sampleSize,
        @Nullable Long timeoutMs,
        @Nullable String flinkCluster) {

    public TestDefinition {
        Require.nonBlank(name, "test name");
        Require.nonNull(model, "test model");
        Require.nonNull(type, "test type");
        assertions = Require.list(assertions, "assertions");
        onFailure = Require.list(onFailure, "on_failure");
        Require.nullOrPositive(sampleSize, "sample_size");
        Require.nullOrNonNegative(timeoutMs, "timeout_ms");
    }

    /** The node id of this test: {@code test.<name>}. */
    public NodeId nodeId() {
        return NodeId.test(name);
    }
}
