package dev.streamt.lineage.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.manifest.Dag;
import dev.streamt.contracts.manifest.DagEdge;
import dev.streamt.contracts.manifest.DagNode;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.ProjectInfo;
import dev.streamt.lineage.ShopFixture;
import dev.streamt.lineage.Views;
import dev.streamt.lineage.problem.LineageProblem;
import dev.streamt.lineage.problem.ProblemKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageQueriesTest {

    private final ProjectView shop = Views.view("shop", ShopFixture.shop(ShopFixture.T0), ShopFixture.billing(ShopFixture.T0));

    private static List<String> ids(Subgraph subgraph) {
        return subgraph.nodes().stream().map(subgraph.view()::displayId).toList();
    }

    private static List<String> edges(Subgraph subgraph) {
        return subgraph.edges().stream().map(l -> subgraph.view().displayId(l.from()) + ">"
                + subgraph.view().displayId(l.to())).toList();
    }

    @Test
    void upstreamFollowsTheDataBackToTheSources() {
        Subgraph up = LineageQueries.lineage(shop, "model.order_metrics", Direction.UPSTREAM, null, null);
        assertThat(ids(up)).containsExactly("source.orders_raw", "source.customers", "model.orders_clean",
                "model.order_metrics");
        assertThat(edges(up)).containsExactlyInAnyOrder("source.orders_raw>model.orders_clean",
                "source.customers>model.orders_clean", "model.orders_clean>model.order_metrics");
        assertThat(up.distance()).containsEntry(up.focus(), 0);
    }

    @Test
    void downstreamCrossesIntoTheProjectThatReadsTheTopic() {
        Subgraph down = LineageQueries.lineage(shop, "orders_clean", Direction.DOWNSTREAM, null, null);
        assertThat(ids(down)).contains("model.order_metrics", "model.orders_snowflake", "exposure.billing_service",
                "exposure.ops_dashboard", "billing:source.shop_orders", "billing:model.invoices",
                "billing:exposure.invoice_api").doesNotContain("source.orders_raw");
        assertThat(edges(down)).contains("model.orders_clean>billing:source.shop_orders");
    }

    @Test
    void depthLimitsTheDistanceAndBothJoinsTheTwoSides() {
        Subgraph near = LineageQueries.lineage(shop, "orders_clean", Direction.BOTH, 1, null);
        assertThat(ids(near)).containsExactly("source.orders_raw", "source.customers", "model.orders_clean",
                "model.order_metrics", "model.orders_snowflake", "exposure.billing_service", "billing:source.shop_orders");
        Subgraph only = LineageQueries.lineage(shop, "orders_clean", Direction.BOTH, 0, null);
        assertThat(ids(only)).containsExactly("model.orders_clean");
        assertThat(only.edges()).isEmpty();
    }

    @Test
    void tagKeepsTaggedNodesAndTheFocus() {
        Subgraph critical = LineageQueries.lineage(shop, "orders_raw", Direction.DOWNSTREAM, null, "critical");
        assertThat(ids(critical)).containsExactly("source.orders_raw", "model.orders_clean", "exposure.ops_dashboard",
                "billing:model.invoices");
        assertThat(edges(critical)).containsExactly("source.orders_raw>model.orders_clean");
    }

    @Test
    void wholeProjectShowsItsNodesAndTheirNeighboursInOtherProjects() {
        Subgraph all = LineageQueries.lineage(shop, null, Direction.BOTH, null, null);
        assertThat(ids(all)).hasSize(8).contains("billing:source.shop_orders").doesNotContain("billing:model.invoices");
        assertThat(all.focus()).isNull();
        ProjectView billing = Views.view("billing", ShopFixture.shop(ShopFixture.T0), ShopFixture.billing(ShopFixture.T0));
        assertThat(ids(LineageQueries.lineage(billing, null, Direction.BOTH, null, null)))
                .containsExactly("shop:model.orders_clean", "source.shop_orders", "model.invoices", "exposure.invoice_api");
    }

    @Test
    void anUnknownNodeSaysWhatIsCloseAndAnAmbiguousNameListsTheCandidates() {
        assertThatThrownBy(() -> LineageQueries.lineage(shop, "model.orders_clen", Direction.BOTH, null, null))
                .isInstanceOfSatisfying(LineageProblem.class, p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.UNKNOWN_NODE);
                    assertThat(p.details().get("did_you_mean")).isEqualTo(List.of("model.orders_clean"));
                    assertThat(p.getMessage()).contains("Did you mean 'model.orders_clean'?");
                });
        NodeId source = NodeId.source("orders");
        NodeId model = NodeId.model("orders");
        Manifest twins = new Manifest(Manifest.API_VERSION, "sha256:" + "ab".repeat(32), ProjectInfo.named("twins"), null,
                ShopFixture.T0, List.of(), List.of(), List.of(), List.of(), List.of(),
                new Dag(List.of(DagNode.of(source, null, List.of(), null), DagNode.of(model, Materialization.TOPIC,
                        List.of(), null)), List.of(new DagEdge(source, model)), List.of()), null);
        ProjectView view = Views.view("twins", twins);
        assertThatThrownBy(() -> LineageQueries.lineage(view, "orders", Direction.BOTH, null, null))
                .isInstanceOfSatisfying(LineageProblem.class, p -> assertThat(p.details().get("candidates"))
                        .isEqualTo(List.of("model.orders", "source.orders")));
        assertThat(ids(LineageQueries.lineage(view, "model.orders", Direction.UPSTREAM, null, null)))
                .containsExactly("source.orders", "model.orders");
    }

    @Test
    void aChainOfOneHundredThousandModelsIsWalkedWithoutRecursion() {
        int length = 100_000;
        List<DagNode> nodes = new ArrayList<>();
        List<DagEdge> edges = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            nodes.add(DagNode.of(NodeId.model("m" + i), Materialization.TOPIC, List.of(), null));
            if (i > 0) {
                edges.add(new DagEdge(NodeId.model("m" + (i - 1)), NodeId.model("m" + i)));
            }
        }
        Manifest chain = new Manifest(Manifest.API_VERSION, "sha256:" + "cd".repeat(32), ProjectInfo.named("chain"), null,
                ShopFixture.T0, List.of(), List.of(), List.of(), List.of(), List.of(), new Dag(nodes, edges, List.of()),
                null);
        ProjectView view = Views.view("chain", chain);
        Subgraph up = LineageQueries.lineage(view, "model.m99999", Direction.UPSTREAM, null, null);
        assertThat(up.nodes()).hasSize(length);
        assertThat(up.distance().get(up.nodes().get(0))).isEqualTo(-(length - 1));
        assertThat(LineageQueries.lineage(view, "model.m0", Direction.DOWNSTREAM, 10, null).nodes()).hasSize(11);
    }

    @Test
    void badParametersAreProblemsNamingTheAllowedValues() {
        assertThatThrownBy(() -> Direction.parse("upstrem", Direction.BOTH)).isInstanceOfSatisfying(LineageProblem.class,
                p -> assertThat(p.details()).containsEntry("did_you_mean", List.of("upstream"))
                        .containsEntry("allowed", List.of("upstream", "downstream", "both")));
        assertThat(Direction.parse(null, Direction.BOTH)).isEqualTo(Direction.BOTH);
        assertThatThrownBy(() -> LineageQueries.lineage(shop, "orders_clean", Direction.BOTH, -1, null))
                .isInstanceOf(LineageProblem.class).hasMessageContaining("0 or more");
    }
}
