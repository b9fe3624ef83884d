package dev.streamt.contracts;

import dev.streamt.contracts.manifest.EnvironmentSafety;
import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.contracts.manifest.RuntimeTargets;
import dev.streamt.contracts.manifest.AccessLevel;
import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.Classification;
import dev.streamt.contracts.manifest.ColumnLineage;
import dev.streamt.contracts.manifest.ConnectorArtifact;
import dev.streamt.contracts.manifest.Dag;
import dev.streamt.contracts.manifest.DagEdge;
import dev.streamt.contracts.manifest.DagNode;
import dev.streamt.contracts.manifest.EventTime;
import dev.streamt.contracts.manifest.Exposure;
import dev.streamt.contracts.manifest.ExposureContact;
import dev.streamt.contracts.manifest.ExposureRole;
import dev.streamt.contracts.manifest.ExposureType;
import dev.streamt.contracts.manifest.FailureAction;
import dev.streamt.contracts.manifest.FlinkJobArtifact;
import dev.streamt.contracts.manifest.Freshness;
import dev.streamt.contracts.manifest.GatewayInterceptor;
import dev.streamt.contracts.manifest.GatewayRule;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.Model;
import dev.streamt.contracts.manifest.ModelAccess;
import dev.streamt.contracts.manifest.ModelColumn;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.ProjectInfo;
import dev.streamt.contracts.manifest.SchemaArtifact;
import dev.streamt.contracts.manifest.SchemaType;
import dev.streamt.contracts.manifest.Source;
import dev.streamt.contracts.manifest.SourceColumn;
import dev.streamt.contracts.manifest.SourceSchema;
import dev.streamt.contracts.manifest.TestAssertion;
import dev.streamt.contracts.manifest.TestDefinition;
import dev.streamt.contracts.manifest.TopicArtifact;
import dev.streamt.contracts.manifest.Watermark;
import dev.streamt.contracts.manifest.WatermarkStrategy;
import dev.streamt.contracts.testing.TestType;
import java.util.List;
import java.util.Map;

/** The compiled manifest of the sample "shop" project (see {@link ContractSamples}). */
public final class ManifestSamples {

    public static final String MANIFEST_ID = "sha256:" + "9f86d081884c7d659a2feaa0c55ad015".repeat(2);

    private static final NodeId ORDERS_RAW = NodeId.source("orders_raw");
    private static final NodeId CUSTOMERS = NodeId.source("customers");
    private static final NodeId ORDERS_CLEAN = NodeId.model("orders_clean");
    private static final NodeId ORDER_METRICS = NodeId.model("order_metrics");
    private static final NodeId ORDERS_MASKED = NodeId.model("orders_masked");
    private static final NodeId ORDERS_SNOWFLAKE = NodeId.model("orders_snowflake");
    private static final NodeId FX_RATES = NodeId.parse("finance:model.fx_rates");
    private static final NodeId ORDERS_QUALITY = NodeId.test("orders_quality");
    private static final NodeId OPS_DASHBOARD = NodeId.exposure("ops_dashboard");

    private ManifestSamples() {
    }

    public static Map<String, String> projectFiles() {
        return Map.of("stream_project.yml", "project:\n  name: shop\n  version: 1.4.0\n",
                "models/orders.yml", "models:\n  - name: orders_clean\n    sql: SELECT * FROM {{ source('orders_raw') }}\n",
                "environments/dev.yml", "runtime:\n  kafka:\n    bootstrap_servers: ${KAFKA_BOOTSTRAP}\n");
    }

    public static Manifest manifest() {
        return new Manifest(Manifest.API_VERSION, MANIFEST_ID,
                new ProjectInfo("shop", "1.4.0", "Orders of the web shop", "team-orders", "commerce"), "dev",
                ContractSamples.T0, List.of("KAFKA_BOOTSTRAP", "SNOWFLAKE_PRIVATE_KEY"), sources(), models(),
                tests(), exposures(), dag(), artifacts(),
                new RuntimeTargets(new KafkaConnection("${KAFKA_BOOTSTRAP}", "kafka.internal:9092", "SASL_SSL",
                        "PLAIN", "shop", "${KAFKA_PASSWORD}", Map.of("truststore_location", "/etc/kafka/ts.jks"))),
                new EnvironmentSafety(false, false, true, false));
    }

    static List<Source> sources() {
        Source orders = new Source("orders_raw", "shop.orders.v1", "Orders as the web app emits them", "team-web",
                List.of("pii", "core"), null,
                List.of(new SourceColumn("order_id", "STRING", "Order id", Classification.INTERNAL, false),
                        SourceColumn.of("customer_id", "STRING"),
                        new SourceColumn("amount", "DECIMAL(10, 2)", null, Classification.CONFIDENTIAL, false),
                        SourceColumn.of("order_time", "TIMESTAMP(3)"),
                        new SourceColumn("proc_time", null, null, null, true)),
                new SourceSchema(SchemaType.AVRO, "shop.orders.v1-value", null, null, null),
                new EventTime("order_time", new Watermark(WatermarkStrategy.BOUNDED_OUT_OF_ORDERNESS, 5000L), 60000L),
                new Freshness(300L, 3600L));
        Source customers = new Source("customers", "crm.customers", null, null, List.of(), null,
                List.of(new SourceColumn("customer_id", "STRING", null, null, false),
                        new SourceColumn("email", "STRING", "Contact email", Classification.SENSITIVE, false)),
                null, null, null);
        return List.of(orders, customers);
    }

    static List<Model> models() {
        Model clean = new Model("orders_clean", Materialization.TOPIC, "SELECT * of one input without WHERE",
                "SELECT * FROM `shop.orders.v1`", List.of(ORDERS_RAW),
                List.of(new ModelColumn("order_id", "STRING", "Order id", Classification.INTERNAL,
                                List.of(new ColumnLineage(ORDERS_RAW, "order_id"))),
                        new ModelColumn("amount", "DECIMAL(10, 2)", null, Classification.CONFIDENTIAL,
                                List.of(new ColumnLineage(ORDERS_RAW, "amount")))),
                "Validated orders", "team-orders", List.of("core"), "commerce",
                new ModelAccess(AccessLevel.PROTECTED, List.of("finance")), "order_id", "shop.orders.clean");
        Model metrics = new Model("order_metrics", Materialization.FLINK, "stateful: GROUP BY, TUMBLE window",
                "SELECT customer_id, window_start, SUM(amount * r.rate) AS revenue FROM TABLE(TUMBLE(...)) ...",
                List.of(ORDERS_CLEAN, FX_RATES),
                List.of(new ModelColumn("customer_id", "STRING", null, null, List.of(new ColumnLineage(ORDERS_CLEAN,
                                "customer_id"))),
                        new ModelColumn("revenue", "DECIMAL(38, 2)", "Revenue in EUR", null, List.of(
                                new ColumnLineage(ORDERS_CLEAN, "amount"), new ColumnLineage(FX_RATES, "rate")))),
                null, "team-analytics", List.of(), null, ModelAccess.of(AccessLevel.PUBLIC), "customer_id",
                "shop.order.metrics");
        Model masked = new Model("orders_masked", Materialization.VIRTUAL_TOPIC,
                "stateless: projection and WHERE with a gateway", "SELECT order_id, amount FROM orders_clean WHERE amount > 0",
                List.of(ORDERS_CLEAN), List.of(), null, null, List.of(), null, null, null, "orders_masked");
        Model sink = new Model("orders_snowflake", Materialization.SINK, "from without sql", null, List.of(ORDERS_CLEAN),
                List.of(), "Orders in the warehouse", "team-data", List.of("warehouse"), null, ModelAccess.PRIVATE, null,
                null);
        return List.of(clean, metrics, masked, sink);
    }

    static List<TestDefinition> tests() {
        return List.of(new TestDefinition("orders_quality", ORDERS_CLEAN, TestType.SAMPLE, "Basic quality of orders",
                List.of(TestAssertion.of("not_null", Map.of("columns", List.of("order_id", "customer_id"))),
                        TestAssertion.of("range", Map.of("column", "amount", "min", 0, "max", 1_000_000)),
                        TestAssertion.of("accepted_values", Map.of("column", "currency", "values", List.of("EUR", "USD")))),
                List.of(FailureAction.of("alert", Map.of("channel", "slack", "webhook", "${SLACK_WEBHOOK}")),
                        FailureAction.of("block_deploy", Map.of())),
                100, 30000L, null));
    }

    static List<Exposure> exposures() {
        return List.of(new Exposure("ops_dashboard", ExposureType.DASHBOARD, ExposureRole.CONSUMER, "Ops revenue board",
                "team-ops", List.of("ops"), "https://grafana.shop.example/d/orders", null, null, "grafana", null,
                List.of(), List.of(ORDER_METRICS), List.of(ORDER_METRICS),
                Map.of("max_lag_seconds", 60, "availability", 99.9, "latency_p99_ms", 100),
                List.of(new ExposureContact("Ops on call", "ops@shop.example", "#ops"))));
    }

    static Dag dag() {
        List<DagNode> nodes = List.of(
                DagNode.of(ORDERS_RAW, null, List.of("pii", "core"), "team-web"),
                DagNode.of(CUSTOMERS, null, List.of(), null),
                DagNode.of(FX_RATES, Materialization.TOPIC, List.of(), "team-finance"),
                DagNode.of(ORDERS_CLEAN, Materialization.TOPIC, List.of("core"), "team-orders"),
                DagNode.of(ORDER_METRICS, Materialization.FLINK, List.of(), "team-analytics"),
                DagNode.of(ORDERS_MASKED, Materialization.VIRTUAL_TOPIC, List.of(), null),
                DagNode.of(ORDERS_SNOWFLAKE, Materialization.SINK, List.of("warehouse"), "team-data"),
                DagNode.of(ORDERS_QUALITY, null, List.of(), null),
                DagNode.of(OPS_DASHBOARD, null, List.of("ops"), "team-ops"));
        List<DagEdge> edges = List.of(new DagEdge(ORDERS_RAW, ORDERS_CLEAN), new DagEdge(ORDERS_CLEAN, ORDER_METRICS),
                new DagEdge(FX_RATES, ORDER_METRICS), new DagEdge(ORDERS_CLEAN, ORDERS_MASKED),
                new DagEdge(ORDERS_CLEAN, ORDERS_SNOWFLAKE), new DagEdge(ORDERS_CLEAN, ORDERS_QUALITY),
                new DagEdge(ORDER_METRICS, OPS_DASHBOARD));
        List<NodeId> order = List.of(ORDERS_RAW, CUSTOMERS, FX_RATES, ORDERS_CLEAN, ORDER_METRICS, ORDERS_MASKED,
                ORDERS_SNOWFLAKE, ORDERS_QUALITY, OPS_DASHBOARD);
        return new Dag(nodes, edges, order);
    }

    static Artifacts artifacts() {
        List<TopicArtifact> topics = List.of(
                new TopicArtifact("shop.orders.clean", 6, 3, Map.of("retention.ms", "604800000", "cleanup.policy",
                        "delete"), ORDERS_CLEAN),
                new TopicArtifact("shop.order.metrics", 3, 3, Map.of("cleanup.policy", "compact"), ORDER_METRICS),
                new TopicArtifact("_streamt_test_failures", 1, 3, Map.of(), null));
        List<String> statements = List.of("SET 'parallelism.default' = '4'",
                "CREATE TABLE `orders_clean` (`order_id` STRING, `amount` DECIMAL(10, 2)) WITH ('connector' = 'kafka')",
                "CREATE TABLE `order_metrics` (...) WITH ('connector' = 'upsert-kafka')",
                "INSERT INTO `order_metrics` SELECT ...");
        List<FlinkJobArtifact> jobs = List.of(
                new FlinkJobArtifact("order_metrics", String.join(";\n", statements) + ";", statements, "default", 4,
                        60000L, "rocksdb", 86400000L, ORDER_METRICS),
                new FlinkJobArtifact("orders_clean_processor", "INSERT INTO `orders_clean` SELECT * FROM `orders_raw`;",
                        List.of("INSERT INTO `orders_clean` SELECT * FROM `orders_raw`"), null, null, null, null, null,
                        ORDERS_CLEAN));
        List<ConnectorArtifact> connectors = List.of(new ConnectorArtifact("orders_snowflake",
                "com.snowflake.kafka.connector.SnowflakeSinkConnector", List.of("shop.orders.clean"), "default",
                Map.of("snowflake.private.key", "${SNOWFLAKE_PRIVATE_KEY}", "tasks.max", "2"), ORDERS_SNOWFLAKE));
        List<GatewayRule> rules = List.of(new GatewayRule("orders_masked", "orders_masked", "shop.orders.clean",
                List.of(GatewayInterceptor.of("sql_filter", Map.of("statement", "SELECT * FROM orders_clean WHERE amount > 0")),
                        GatewayInterceptor.of("field_masking", Map.of("fields", List.of("email"), "policy", "redact"))),
                ORDERS_MASKED));
        List<SchemaArtifact> schemas = List.of(new SchemaArtifact("shop.orders.clean-value", SchemaType.AVRO,
                "{\"type\":\"record\",\"name\":\"orders_clean\",\"fields\":[{\"name\":\"order_id\",\"type\":\"string\"}]}",
                "BACKWARD", ORDERS_CLEAN));
        return new Artifacts(topics, jobs, connectors, rules, schemas);
    }
}
