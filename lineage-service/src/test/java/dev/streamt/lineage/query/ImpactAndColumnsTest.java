package dev.streamt.lineage.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.lineage.ShopFixture;
import dev.streamt.lineage.Views;
import dev.streamt.lineage.graph.ColumnGraph;
import dev.streamt.lineage.problem.LineageProblem;
import dev.streamt.lineage.render.ImpactText;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactAndColumnsTest {

    private final ProjectView shop = Views.view("shop", ShopFixture.shop(ShopFixture.T0));

    @Test
    void impactListsWhatTheSeedListsWithOwnersAndSlas() {
        ImpactReport report = ImpactAnalysis.of(shop, "orders_clean");
        assertThat(report.models().stream().map(a -> shop.displayName(a.node())))
                .containsExactly("order_metrics", "orders_snowflake");
        assertThat(report.sinks().stream().map(a -> shop.displayName(a.node()))).containsExactly("orders_snowflake");
        assertThat(report.exposures().stream().map(a -> shop.displayName(a.node())))
                .containsExactly("billing_service", "ops_dashboard");
        assertThat(report.owners()).containsExactly("team-analytics", "team-billing", "team-data", "team-ops");
        assertThat(report.summary()).isEqualTo("Changes to orders_clean will affect: 2 models, 2 exposures");
        assertThat(ImpactText.render(report)).startsWith("""
                ⚠️ Changes to orders_clean will affect:
                - 2 models: order_metrics, orders_snowflake
                - 2 exposures: billing_service, ops_dashboard
                """).contains("SLA of ops_dashboard: latency_p99_ms=100");
    }

    @Test
    void impactReachesTheProjectsThatReadTheTopic() {
        ProjectView both = Views.view("shop", ShopFixture.shop(ShopFixture.T0), ShopFixture.billing(ShopFixture.T0));
        ImpactReport report = ImpactAnalysis.of(both, "source.orders_raw");
        assertThat(report.models().stream().map(a -> both.displayId(a.node())))
                .containsExactly("model.orders_clean", "model.order_metrics", "model.orders_snowflake",
                        "billing:model.invoices");
        assertThat(report.sources().stream().map(a -> both.displayId(a.node()))).containsExactly("billing:source.shop_orders");
        ImpactReport leaf = ImpactAnalysis.of(both, "exposure.ops_dashboard");
        assertThat(leaf.summary()).isEqualTo("Changes to ops_dashboard affect nothing downstream");
    }

    @Test
    void columnLineageFollowsTheColumnsAcrossModelsAndProjects() {
        ProjectView both = Views.view("shop", ShopFixture.shop(ShopFixture.T0), ShopFixture.billing(ShopFixture.T0));
        ColumnTrace down = ColumnQueries.trace(both, "source.orders_raw", "amount", Direction.DOWNSTREAM, null);
        ColumnGraph columns = both.graph().columns();
        List<String> reached = down.columns().stream()
                .map(c -> both.displayId(columns.owner(c)) + "." + columns.name(c)).toList();
        assertThat(reached).containsExactly("source.orders_raw.amount", "model.orders_clean.amount",
                "model.order_metrics.revenue", "billing:source.shop_orders.amount", "billing:model.invoices.invoice_amount");
        ColumnTrace up = ColumnQueries.trace(both, "order_metrics", "revenue", Direction.UPSTREAM, 1);
        assertThat(up.columns()).hasSize(2);
        assertThat(up.distance().values()).containsExactlyInAnyOrder(0, -1);
    }

    @Test
    void anUnknownColumnNamesTheColumnsThatExist() {
        assertThatThrownBy(() -> ColumnQueries.trace(shop, "orders_clean", "amout", Direction.BOTH, null))
                .isInstanceOfSatisfying(LineageProblem.class, p -> {
                    assertThat(p.details().get("did_you_mean")).isEqualTo(List.of("amount"));
                    assertThat(p.details().get("known_columns")).isEqualTo(List.of("order_id", "amount", "customer_name"));
                });
    }
}
