package dev.streamt.lineage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.lineage.ShopFixture;
import dev.streamt.lineage.Views;
import dev.streamt.lineage.query.Direction;
import dev.streamt.lineage.query.LineageQueries;
import dev.streamt.lineage.query.ProjectView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ASCII trees of the seed document "DAG & Lineage", character for character. */
class AsciiTreeTest {

    private final ProjectView shop = Views.view("shop", ShopFixture.shop(ShopFixture.T0));

    private String ascii(String node, Direction direction) {
        return Diagrams.render(Diagrams.of(LineageQueries.lineage(shop, node, direction, null, null)), Format.ASCII);
    }

    @Test
    void wholeProjectPrintsOneTreePerSourceAndElidesARepeatedSubtree() {
        assertThat(ascii(null, Direction.BOTH)).isEqualTo("""
                orders_raw (source)
                └── orders_clean (topic)
                    ├── order_metrics (flink)
                    │   └── ops_dashboard (exposure)
                    ├── orders_snowflake (sink)
                    └── billing_service (exposure)
                customers (source)
                └── orders_clean (topic)
                    └── ...
                """);
    }

    @Test
    void downstreamOfAModelIsRootedAtIt() {
        assertThat(ascii("orders_clean", Direction.DOWNSTREAM)).isEqualTo("""
                orders_clean (topic) ← YOU ARE HERE
                ├── order_metrics (flink)
                │   └── ops_dashboard (exposure)
                ├── orders_snowflake (sink)
                └── billing_service (exposure)
                """);
    }

    @Test
    void upstreamOfAModelEndsAtIt() {
        assertThat(ascii("model.order_metrics", Direction.UPSTREAM)).isEqualTo("""
                orders_raw (source)
                └── orders_clean (topic)
                    └── order_metrics (flink) ← YOU ARE HERE
                customers (source)
                └── orders_clean (topic)
                    └── ...
                """);
    }

    @Test
    void aLongChainPrintsEveryLevel() {
        // The tree's text grows with the square of the depth (each line is indented by its level), so keep it modest.
        int length = 3_000;
        List<Diagram.Node> nodes = new ArrayList<>();
        List<Diagram.Link> edges = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            nodes.add(new Diagram.Node("model.m" + i, "m" + i, "topic", "model", i == length - 1));
            if (i > 0) {
                edges.add(new Diagram.Link("model.m" + (i - 1), "model.m" + i));
            }
        }
        String tree = AsciiTree.render(new Diagram(nodes, edges));
        assertThat(tree.lines()).hasSize(length);
        assertThat(tree.lines().reduce((a, b) -> b).orElseThrow()).endsWith("└── m2999 (topic) ← YOU ARE HERE");
    }

    @Test
    void nodesOnACycleArePrintedOnceEachAndTheWalkEnds() {
        List<Diagram.Node> nodes = List.of(new Diagram.Node("a", "a", null, "model", false),
                new Diagram.Node("b", "b", null, "model", false));
        String tree = AsciiTree.render(new Diagram(nodes, List.of(new Diagram.Link("a", "b"), new Diagram.Link("b", "a"))));
        assertThat(tree).isEqualTo("a\n└── b\n    └── a\n        └── ...\n");
    }
}
