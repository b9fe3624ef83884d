package dev.streamt.lineage.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.testing.TestStatus;
import dev.streamt.lineage.ShopFixture;
import dev.streamt.testkit.KafkaResource;
import dev.streamt.testkit.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lineage API against a real Kafka broker and PostgreSQL: manifests published to streamt.manifest.events by a real
 * producer, every query and format of API.md answered over HTTP, problems that say what exists.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(
        name = KafkaResource.TOPICS, value = "streamt.manifest.events:3,streamt.deployment.events:3,streamt.test.events:3"))
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
class LineageApiIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final AtomicBoolean PUBLISHED = new AtomicBoolean();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @BeforeEach
    void shopAndBillingArePublished() {
        Events.init();
        if (PUBLISHED.compareAndSet(false, true)) {
            Events.publish(bootstrapServers, Events.compiled(ShopFixture.shop(ShopFixture.T0)),
                    Events.compiled(ShopFixture.billing(ShopFixture.T0)));
        }
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/v1/projects/billing/lineage")
                .then().statusCode(200).body("nodes.id", hasItem("shop:model.orders_clean")));
    }

    @Test
    void listsTheProjectsItKnows() {
        given().get("/api/v1/projects").then().statusCode(200)
                .body("project", contains("billing", "shop"))
                .body("find { it.project == 'shop' }.environments[0].environment", equalTo("dev"))
                .body("find { it.project == 'shop' }.environments[0].nodes", equalTo(7));
    }

    @Test
    void answersTheLineageOfAWholeProjectAsJson() {
        given().get("/api/v1/projects/shop/lineage").then().statusCode(200).contentType("application/json")
                .body("nodes.id", contains("source.orders_raw", "source.customers", "model.orders_clean",
                        "model.order_metrics", "model.orders_snowflake", "exposure.billing_service",
                        "billing:source.shop_orders", "exposure.ops_dashboard"))
                .body("nodes.find { it.id == 'model.orders_clean' }.owner", equalTo("team-orders"))
                .body("nodes.find { it.id == 'model.orders_clean' }.tags", contains("orders", "critical"))
                .body("edges.findAll { it.from == 'model.orders_clean' }.to", hasItems("model.order_metrics",
                        "model.orders_snowflake", "exposure.billing_service", "billing:source.shop_orders"));
    }

    @Test
    void answersUpstreamDownstreamDepthAndTagQueries() {
        given().queryParam("node", "order_metrics").queryParam("direction", "upstream").queryParam("env", "dev")
                .get("/api/v1/projects/shop/lineage").then().statusCode(200)
                .body("focus", equalTo("model.order_metrics"))
                .body("nodes.id", contains("source.orders_raw", "source.customers", "model.orders_clean",
                        "model.order_metrics"))
                .body("nodes.find { it.id == 'source.orders_raw' }.distance", equalTo(2))
                .body("nodes.find { it.id == 'source.orders_raw' }.relation", equalTo("upstream"));
        given().queryParam("node", "model.orders_clean").queryParam("direction", "downstream").queryParam("depth", "1")
                .get("/api/v1/projects/shop/lineage").then().statusCode(200)
                .body("nodes.id", contains("model.orders_clean", "model.order_metrics", "model.orders_snowflake",
                        "exposure.billing_service", "billing:source.shop_orders"));
        given().queryParam("node", "source.orders_raw").queryParam("direction", "downstream").queryParam("tag", "critical")
                .get("/api/v1/projects/shop/lineage").then().statusCode(200)
                .body("nodes.id", contains("source.orders_raw", "model.orders_clean", "exposure.ops_dashboard",
                        "billing:model.invoices"));
    }

    @Test
    void answersInTheSeedsAsciiTreeMermaidAndDot() {
        String ascii = given().queryParam("node", "orders_clean").queryParam("direction", "downstream")
                .queryParam("format", "ascii").get("/api/v1/projects/shop/lineage")
                .then().statusCode(200).contentType(startsWith("text/plain")).extract().asString();
        assertThat(ascii).isEqualTo("""
                orders_clean (topic) ← YOU ARE HERE
                ├── order_metrics (flink)
                │   └── ops_dashboard (exposure)
                ├── orders_snowflake (sink)
                ├── billing_service (exposure)
                └── billing:shop_orders (source)
                    └── billing:invoices (flink)
                        └── billing:invoice_api (exposure)
                """);
        given().queryParam("format", "mermaid").get("/api/v1/projects/shop/lineage").then().statusCode(200)
                .body(startsWith("graph LR\n"), containsString("source_orders_raw --> model_orders_clean"));
        given().queryParam("format", "dot").get("/api/v1/projects/shop/lineage").then().statusCode(200)
                .contentType(startsWith("text/vnd.graphviz"))
                .body(startsWith("digraph lineage {"), containsString("\"model.orders_clean\" -> \"model.order_metrics\";"));
    }

    @Test
    void answersImpactWithOwnersAndSlas() {
        given().get("/api/v1/projects/shop/impact/model.orders_clean").then().statusCode(200)
                .body("node", equalTo("model.orders_clean"))
                .body("affected_models.name", contains("order_metrics", "orders_snowflake", "invoices"))
                .body("affected_sinks.name", contains("orders_snowflake"))
                .body("affected_exposures.name", contains("billing_service", "ops_dashboard", "invoice_api"))
                .body("affected_exposures.find { it.name == 'ops_dashboard' }.sla.latency_p99_ms", equalTo(100))
                .body("affected_exposures.find { it.name == 'ops_dashboard' }.owner", equalTo("team-ops"))
                .body("owners", contains("team-analytics", "team-billing", "team-data", "team-ops"))
                .body("summary", equalTo("Changes to orders_clean will affect: 3 models, 3 exposures, "
                        + "1 source of other projects"));
        given().queryParam("format", "ascii").get("/api/v1/projects/shop/impact/orders_clean").then().statusCode(200)
                .body(startsWith("⚠️ Changes to orders_clean will affect:\n- 3 models: order_metrics, orders_snowflake, "
                        + "billing:invoices\n"));
    }

    @Test
    void answersColumnLevelLineageBothWays() {
        given().queryParam("direction", "upstream").get("/api/v1/projects/billing/columns/invoices/invoice_amount")
                .then().statusCode(200)
                .body("column.id", equalTo("model.invoices.invoice_amount"))
                .body("upstream.id", contains("shop:source.orders_raw.amount", "shop:model.orders_clean.amount",
                        "source.shop_orders.amount"))
                .body("downstream", org.hamcrest.Matchers.empty());
        given().queryParam("direction", "downstream").get("/api/v1/projects/shop/columns/source.customers/name")
                .then().statusCode(200)
                .body("downstream.id", contains("model.orders_clean.customer_name"))
                .body("edges[0].from", equalTo("source.customers.name"));
        given().queryParam("format", "ascii").queryParam("direction", "upstream")
                .get("/api/v1/projects/shop/columns/order_metrics/revenue").then().statusCode(200)
                .body(equalTo("orders_raw.amount (source)\n└── orders_clean.amount (topic)\n"
                        + "    └── order_metrics.revenue (flink) ← YOU ARE HERE\n"));
    }

    @Test
    void describesOneNodeWithItsSqlAndColumns() {
        given().get("/api/v1/projects/shop/nodes/model.orders_clean").then().statusCode(200)
                .body("node.id", equalTo("model.orders_clean"))
                .body("sql", startsWith("SELECT o.order_id"))
                .body("columns.name", contains("order_id", "amount", "customer_name"))
                .body("columns.find { it.name == 'customer_name' }.lineage[0].node", equalTo("source.customers"))
                .body("upstream", contains("source.orders_raw", "source.customers"));
    }

    @Test
    void showsTheLastDeploymentAndTestStatusOfEachNode() {
        Subject shop = Subject.of("shop", "dev");
        Events.publish(bootstrapServers,
                Events.stepSucceeded(shop, "dep-1", ChangeTarget.KAFKA_TOPIC, "shop.order.metrics", ShopFixture.T0),
                Events.stepFailed(shop, "dep-1", ChangeTarget.CONNECTOR, "orders_snowflake", ShopFixture.T0, "no route"),
                Events.testRun(shop, "run-1", "orders_quality", TestStatus.PASSED, ShopFixture.T0));
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/v1/projects/shop/lineage").then()
                .body("nodes.find { it.id == 'model.order_metrics' }.status.deployment.status", equalTo("succeeded"))
                .body("nodes.find { it.id == 'model.orders_snowflake' }.status.deployment.status", equalTo("failed"))
                .body("nodes.find { it.id == 'model.orders_snowflake' }.status.deployment.error", equalTo("no route"))
                .body("nodes.find { it.id == 'model.orders_snowflake' }.status.deployment.deployment_id",
                        equalTo("dep-1")));
    }

    @Test
    void problemsSayWhatExistsInsteadOfFailing() {
        given().get("/api/v1/projects/shpo/lineage").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://streamt.dev/problems/unknown-project"))
                .body("title", equalTo("Unknown project")).body("status", equalTo(404))
                .body("did_you_mean", contains("shop")).body("known_projects", contains("billing", "shop"))
                .body("instance", equalTo("/api/v1/projects/shpo/lineage"));
        given().queryParam("node", "model.orders_clen").get("/api/v1/projects/shop/lineage").then().statusCode(404)
                .contentType("application/problem+json").body("did_you_mean", contains("model.orders_clean"))
                .body("detail", containsString("Did you mean 'model.orders_clean'?"));
        given().queryParam("node", "orders_clean").queryParam("direction", "sideways")
                .get("/api/v1/projects/shop/lineage").then().statusCode(400).contentType("application/problem+json")
                .body("allowed", contains("upstream", "downstream", "both"));
        given().queryParam("format", "svg").get("/api/v1/projects/shop/lineage").then().statusCode(400)
                .body("allowed", contains("json", "ascii", "mermaid", "dot"));
        given().queryParam("format", "jsno").get("/api/v1/projects/shop/lineage").then().statusCode(400)
                .body("did_you_mean", contains("json"));
        given().queryParam("depth", "deep").get("/api/v1/projects/shop/lineage").then().statusCode(400)
                .body("parameter", equalTo("depth"));
        given().queryParam("env", "prod").get("/api/v1/projects/shop/lineage").then().statusCode(404)
                .body("known_environments", contains("dev"));
        given().get("/api/v1/projects/shop/impact/model.nope").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/projects/shop/columns/orders_clean/amout").then().statusCode(404)
                .body("did_you_mean", contains("amount"));
        given().get("/lineage/shpo").then().statusCode(404).contentType("application/problem+json")
                .body("did_you_mean", contains("shop"));
        given().get("/api/v1/projects/shop/lineages").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404));
        given().post("/api/v1/projects/shop/lineage").then().statusCode(405).contentType("application/problem+json");
    }
}
