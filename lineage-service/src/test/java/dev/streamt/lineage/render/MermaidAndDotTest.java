package dev.streamt.lineage.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.lineage.ShopFixture;
import dev.streamt.lineage.Views;
import dev.streamt.lineage.query.Direction;
import dev.streamt.lineage.query.LineageQueries;
import dev.streamt.lineage.query.ProjectView;
import org.junit.jupiter.api.Test;

class MermaidAndDotTest {

    private final ProjectView shop = Views.view("shop", ShopFixture.shop(ShopFixture.T0));

    @Test
    void mermaidUsesTheSeedsIdsAndEdges() {
        String mermaid = Diagrams.render(Diagrams.of(LineageQueries.lineage(shop, null, Direction.BOTH, null, null)),
                Format.MERMAID);
        assertThat(mermaid).startsWith("graph LR\n")
                .contains("    source_orders_raw[orders_raw]\n", "    model_orders_clean[orders_clean]\n",
                        "    sink_orders_snowflake[orders_snowflake]\n",
                        "    source_orders_raw --> model_orders_clean\n",
                        "    source_customers --> model_orders_clean\n",
                        "    model_orders_clean --> sink_orders_snowflake\n",
                        "    classDef source fill:#fee2e2,stroke:#ef4444\n",
                        "    class source_orders_raw source\n");
    }

    @Test
    void mermaidMarksTheFocusAndQuotesLabelsOfOtherProjects() {
        ProjectView billing = Views.view("billing", ShopFixture.shop(ShopFixture.T0), ShopFixture.billing(ShopFixture.T0));
        String mermaid = Diagrams.render(Diagrams.of(LineageQueries.lineage(billing, "invoices", Direction.UPSTREAM, 1,
                null)), Format.MERMAID);
        assertThat(mermaid).contains("    source_shop_orders[shop_orders]\n", "    model_invoices[invoices]\n",
                "    class model_invoices focus\n");
        String wide = Diagrams.render(Diagrams.of(LineageQueries.lineage(billing, "invoices", Direction.UPSTREAM, 2,
                null)), Format.MERMAID);
        assertThat(wide).contains("shop_model_orders_clean[\"shop:orders_clean\"]",
                "shop_model_orders_clean --> source_shop_orders");
    }

    @Test
    void dotNamesNodesByTheirIdsSoAClickCanTellWhichOne() {
        String dot = Diagrams.render(Diagrams.of(LineageQueries.lineage(shop, "orders_clean", Direction.DOWNSTREAM, 1,
                null)), Format.DOT);
        assertThat(dot).startsWith("digraph lineage {\n  rankdir=LR;\n")
                .contains("\"model.orders_clean\" [label=\"orders_clean\\n(topic)\"",
                        "penwidth=3",
                        "\"model.orders_clean\" -> \"model.order_metrics\";",
                        "\"model.orders_clean\" -> \"exposure.billing_service\";")
                .doesNotContain("ops_dashboard")
                .endsWith("}\n");
        assertThat(DotRenderer.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    }
}
