package dev.streamt.compiler.core.manifest;

import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.contracts.manifest.NodeId;
import java.util.ArrayList;
import java.util.List;

/** The manifest's tests: each with the node it tests, its assertions and failure actions. Pure. */
final class Tests {

    private Tests() {
    }

    static List<dev.streamt.contracts.manifest.TestDefinition> of(ProjectDefinition project) {
        List<dev.streamt.contracts.manifest.TestDefinition> tests = new ArrayList<>();
        for (TestDefinition t : project.tests()) {
            Nodes.testTarget(project, t.model()).ifPresent(target -> tests.add(
                    new dev.streamt.contracts.manifest.TestDefinition(t.name(), NodeId.parse(target), t.type(),
                            t.description(), t.assertions().stream().map(TestConversions::assertion).toList(),
                            t.onFailure().stream().map(TestConversions::action).toList(), t.sampleSize(),
                            t.timeout() == null ? null : t.timeout().toMillis(), t.flinkCluster())));
        }
        return tests;
    }
}
