package dev.streamt.compiler.core.dag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DagBuilderTest {

    @Test
    void ordersDependenciesFirstAndKeepsDeclarationOrderOtherwise() {
        DagAnalysis dag = DagBuilder.analyze(
                List.of("model.report", "source.orders", "model.clean", "source.customers", "exposure.dashboard"),
                List.of(new DagEdgeSpec("source.orders", "model.clean"),
                        new DagEdgeSpec("model.clean", "model.report"),
                        new DagEdgeSpec("source.customers", "model.report"),
                        new DagEdgeSpec("model.report", "exposure.dashboard")));

        assertThat(dag.acyclic()).isTrue();
        assertThat(dag.order()).containsExactly(
                "source.orders", "model.clean", "source.customers", "model.report", "exposure.dashboard");
    }

    @Test
    void namesTheWholeCycle() {
        DagAnalysis dag = DagBuilder.analyze(List.of("source.s", "model.a", "model.b", "model.c", "model.d"),
                List.of(new DagEdgeSpec("source.s", "model.a"),
                        new DagEdgeSpec("model.a", "model.b"),
                        new DagEdgeSpec("model.b", "model.c"),
                        new DagEdgeSpec("model.c", "model.a"),
                        new DagEdgeSpec("model.c", "model.d")));

        assertThat(dag.acyclic()).isFalse();
        assertThat(dag.order()).isEmpty();
        assertThat(dag.cycles()).containsExactly(List.of("model.a", "model.b", "model.c", "model.a"));
    }

    @Test
    void aSelfReferenceIsACycleOfOne() {
        DagAnalysis dag = DagBuilder.analyze(List.of("model.a"), List.of(new DagEdgeSpec("model.a", "model.a")));

        assertThat(dag.cycles()).containsExactly(List.of("model.a", "model.a"));
    }

    @Test
    void reportsEveryDisjointCycle() {
        DagAnalysis dag = DagBuilder.analyze(List.of("model.a", "model.b", "model.x", "model.y"),
                List.of(new DagEdgeSpec("model.a", "model.b"), new DagEdgeSpec("model.b", "model.a"),
                        new DagEdgeSpec("model.x", "model.y"), new DagEdgeSpec("model.y", "model.x")));

        assertThat(dag.cycles()).hasSize(2);
    }

    @Test
    void edgesToUndeclaredNodesAreLeftToTheReferenceChecks() {
        DagAnalysis dag = DagBuilder.analyze(List.of("model.a"), List.of(new DagEdgeSpec("source.missing", "model.a")));

        assertThat(dag.order()).containsExactly("model.a");
    }

    @Test
    void aCycleThroughTwentyThousandNodesIsNamedWithoutOverflowingTheStack() {
        List<String> nodes = new ArrayList<>();
        List<DagEdgeSpec> edges = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            nodes.add("model.m" + i);
            if (i > 0) {
                edges.add(new DagEdgeSpec("model.m" + (i - 1), "model.m" + i));
            }
        }
        edges.add(new DagEdgeSpec("model.m19999", "model.m0"));

        DagAnalysis dag = DagBuilder.analyze(nodes, edges);

        assertThat(dag.cycles()).singleElement().satisfies(c -> assertThat(c).hasSize(20_001));
    }
}
