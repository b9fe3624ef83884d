package dev.streamt.lineage;

import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.ColumnLineage;
import dev.streamt.contracts.manifest.ConnectorArtifact;
import dev.streamt.contracts.manifest.Dag;
import dev.streamt.contracts.manifest.DagEdge;
import dev.streamt.contracts.manifest.DagNode;
import dev.streamt.contracts.manifest.Exposure;
import dev.streamt.contracts.manifest.ExposureContact;
import dev.streamt.contracts.manifest.ExposureType;
import dev.streamt.contracts.manifest.FlinkJobArtifact;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.Model;
import dev.streamt.contracts.manifest.ModelAccess;
import dev.streamt.contracts.manifest.ModelColumn;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.ProjectInfo;
import dev.streamt.contracts.manifest.Source;
import dev.streamt.contracts.manifest.SourceColumn;
import dev.streamt.contracts.manifest.TestAssertion;
import dev.streamt.contracts.manifest.TestDefinition;
import dev.streamt.contracts.manifest.TopicArtifact;
import dev.streamt.contracts.testing.TestType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The example of the seed document "DAG &amp; Lineage" as manifests: project {@code shop} (orders_raw and customers
 * into orders_clean, then order_metrics, the orders_snowflake sink and two exposures), and project {@code billing}
 * whose source reads shop's orders_clean topic (a cross-project join).
 */
public final class ShopFixture {

    public static final Instant T0 = Instant.parse("2026-11-21T08:00:00Z");

    private static final NodeId RAW = NodeId.source("orders_raw");
    private static final NodeId CUSTOMERS = NodeId.source("customers");
    private static final NodeId CLEAN = NodeId.model("orders_clean");
    private static final NodeId METRICS = NodeId.model("order_metrics");
    private static final NodeId SNOWFLAKE = NodeId.model("orders_snowflake");
    private static final NodeId DASHBOARD = NodeId.exposure("ops_dashboard");
    private static final NodeId BILLING = NodeId.exposure("billing_service");
    private static final NodeId QUALITY = NodeId.test("orders_quality");

    private ShopFixture() {
    }

    /** The seed's shop project in {@code dev}, without tests (so its trees are exactly the seed's). */
    public static Manifest shop(Instant compiledAt) {
        return shop(compiledAt, false, "SELECT o.order_id, o.amount, c.name AS customer_name FROM orders_raw o "
                + "JOIN customers c ON o.customer_id = c.customer_id");
    }

    /** The shop project in {@code dev}; with a sample test on orders_clean when {@code withTest}. */
    public static Manifest shop(Instant compiledAt, boolean withTest, String cleanSql) {
        return shop("dev", compiledAt, withTest, cleanSql);
    }

    /** The shop project in an environment; with a sample test on orders_clean when {@code withTest}. */
    public static Manifest shop(String environment, Instant compiledAt, boolean withTest, String cleanSql) {
        List<Source> sources = List.of(
                new Source("orders_raw", "shop.orders.raw", "Entry point for order data", "team-web", List.of("orders"),
                        null, List.of(SourceColumn.of("order_id", "STRING"), SourceColumn.of("customer_id", "STRING"),
                        SourceColumn.of("amount", "DECIMAL(10, 2)")), null, null, null),
                new Source("customers", "crm.customers", null, "team-crm", List.of(), null,
                        List.of(SourceColumn.of("customer_id", "STRING"), SourceColumn.of("name", "STRING")),
                        null, null, null));
        Model clean = new Model("orders_clean", Materialization.TOPIC, "declared", cleanSql, List.of(RAW, CUSTOMERS),
                List.of(column("order_id", "STRING", RAW, "order_id"), column("amount", "DECIMAL(10, 2)", RAW, "amount"),
                        column("customer_name", "STRING", CUSTOMERS, "name")),
                "Cleaned orders", "team-orders", List.of("orders", "critical"), null, ModelAccess.PRIVATE, "order_id",
                "shop.orders.clean");
        Model metrics = new Model("order_metrics", Materialization.FLINK, "stateful: GROUP BY",
                "SELECT SUM(amount) AS revenue FROM orders_clean GROUP BY TUMBLE(ts, INTERVAL '1' HOUR)",
                List.of(CLEAN), List.of(column("revenue", "DECIMAL(38, 2)", CLEAN, "amount")), null, "team-analytics",
                List.of("kpi"), null, ModelAccess.PRIVATE, null, "shop.order.metrics");
        Model snowflake = new Model("orders_snowflake", Materialization.SINK, "from without sql", null, List.of(CLEAN),
                List.of(), null, "team-data", List.of(), null, ModelAccess.PRIVATE, null, null);
        List<Exposure> exposures = List.of(
                new Exposure("ops_dashboard", ExposureType.DASHBOARD, null, "Ops board", "team-ops", List.of("critical"),
                        "https://grafana.example/d/ops", null, null, null, null, List.of(), List.of(METRICS),
                        List.of(), Map.of("latency_p99_ms", 100), List.of(new ExposureContact("Ops", "ops@example.com", null))),
                new Exposure("billing_service", ExposureType.APPLICATION, null, null, "team-billing", List.of(), null,
                        null, null, null, null, List.of(), List.of(CLEAN), List.of(), Map.of("max_lag_seconds", 60),
                        List.of()));
        List<DagNode> nodes = new ArrayList<>(List.of(DagNode.of(RAW, null, List.of("orders"), "team-web"),
                DagNode.of(CUSTOMERS, null, List.of(), "team-crm"),
                DagNode.of(CLEAN, Materialization.TOPIC, List.of("orders", "critical"), "team-orders"),
                DagNode.of(METRICS, Materialization.FLINK, List.of("kpi"), "team-analytics"),
                DagNode.of(SNOWFLAKE, Materialization.SINK, List.of(), "team-data"),
                DagNode.of(DASHBOARD, null, List.of("critical"), "team-ops"),
                DagNode.of(BILLING, null, List.of(), "team-billing")));
        List<DagEdge> edges = new ArrayList<>(List.of(new DagEdge(RAW, CLEAN), new DagEdge(CUSTOMERS, CLEAN),
                new DagEdge(CLEAN, METRICS), new DagEdge(CLEAN, SNOWFLAKE), new DagEdge(CLEAN, BILLING),
                new DagEdge(METRICS, DASHBOARD)));
        List<TestDefinition> tests = List.of();
        if (withTest) {
            nodes.add(DagNode.of(QUALITY, null, List.of(), null));
            edges.add(new DagEdge(CLEAN, QUALITY));
            tests = List.of(new TestDefinition("orders_quality", CLEAN, TestType.SAMPLE, null,
                    List.of(TestAssertion.of("not_null", Map.of("columns", List.of("order_id")))), List.of(), 100,
                    30000L, null));
        }
        Artifacts artifacts = new Artifacts(
                List.of(new TopicArtifact("shop.orders.clean", 3, 1, Map.of(), CLEAN),
                        new TopicArtifact("shop.order.metrics", 3, 1, Map.of(), METRICS)),
                List.of(new FlinkJobArtifact("orders_clean_processor", "INSERT INTO x SELECT 1;", List.of("INSERT INTO x SELECT 1"),
                                null, null, null, null, null, CLEAN),
                        new FlinkJobArtifact("order_metrics", "INSERT INTO y SELECT 1;", List.of("INSERT INTO y SELECT 1"),
                                null, null, null, null, null, METRICS)),
                List.of(new ConnectorArtifact("orders_snowflake", "com.snowflake.kafka.connector.SnowflakeSinkConnector",
                        List.of("shop.orders.clean"), null, Map.of(), SNOWFLAKE)),
                List.of(), List.of());
        return new Manifest(Manifest.API_VERSION, id("shop" + environment + compiledAt + cleanSql + withTest),
                new ProjectInfo("shop", "1.0.0", null, "team-orders", null), environment, compiledAt, List.of(), sources,
                List.of(clean, metrics, snowflake), tests, exposures, new Dag(nodes, edges, List.of()), artifacts);
    }

    /** Project billing: its source {@code shop_orders} reads shop's {@code shop.orders.clean} topic. */
    public static Manifest billing(Instant compiledAt) {
        NodeId orders = NodeId.source("shop_orders");
        NodeId invoices = NodeId.model("invoices");
        NodeId api = NodeId.exposure("invoice_api");
        Source source = new Source("shop_orders", "shop.orders.clean", null, "team-billing", List.of(), null,
                List.of(SourceColumn.of("order_id", "STRING"), SourceColumn.of("amount", "DECIMAL(10, 2)")),
                null, null, null);
        Model model = new Model("invoices", Materialization.FLINK, "stateful: JOIN", "SELECT order_id, amount FROM shop_orders",
                List.of(orders), List.of(column("invoice_amount", "DECIMAL(10, 2)", orders, "amount")), null,
                "team-billing", List.of("critical"), null, ModelAccess.PRIVATE, null, "billing.invoices");
        Exposure exposure = new Exposure("invoice_api", ExposureType.API, null, null, "team-billing", List.of(), null,
                null, null, null, null, List.of(), List.of(invoices), List.of(), Map.of(), List.of());
        Dag dag = new Dag(List.of(DagNode.of(orders, null, List.of(), "team-billing"),
                DagNode.of(invoices, Materialization.FLINK, List.of("critical"), "team-billing"),
                DagNode.of(api, null, List.of(), "team-billing")),
                List.of(new DagEdge(orders, invoices), new DagEdge(invoices, api)), List.of());
        return new Manifest(Manifest.API_VERSION, id("billing" + compiledAt), ProjectInfo.named("billing"), "dev",
                compiledAt, List.of(), List.of(source), List.of(model), List.of(), List.of(exposure), dag, null);
    }

    private static ModelColumn column(String name, String type, NodeId from, String column) {
        return new ModelColumn(name, type, null, null, List.of(new ColumnLineage(from, column)));
    }

    static String id(String seed) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(seed.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
