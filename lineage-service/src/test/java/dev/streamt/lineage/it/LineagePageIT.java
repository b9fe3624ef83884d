package dev.streamt.lineage.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import dev.streamt.lineage.ShopFixture;
import dev.streamt.testkit.KafkaResource;
import dev.streamt.testkit.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lineage page in a real headless Chromium (Debian's chromium and chromium-driver, never a downloaded browser):
 * it loads with assets from this service only, draws the example's nodes, pans and zooms, and shows a clicked node's
 * details, SQL and columns.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true, initArgs = @ResourceArg(
        name = KafkaResource.TOPICS, value = "streamt.manifest.events:3,streamt.deployment.events:3,streamt.test.events:3"))
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
class LineagePageIT {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/lineage/shop")
    URL page;

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void drawsTheProjectAndShowsTheDetailsOfAClickedNode() {
        browser = startChromium();
        Events.init();
        Events.publish(bootstrapServers, Events.compiled(ShopFixture.shop(ShopFixture.T0)));
        await().atMost(PATIENCE).untilAsserted(() -> given().get("/api/v1/projects/shop/lineage").then()
                .statusCode(200).body("nodes.id", hasItem("exposure.ops_dashboard")));

        browser.get(page + "?env=dev");
        WebDriverWait wait = new WebDriverWait(browser, PATIENCE);
        wait.until(ExpectedConditions.attributeToBe(By.id("diagram"), "data-rendered", "true"));
        List<String> drawn = browser.findElements(By.cssSelector("#diagram g.node > title")).stream()
                .map(title -> title.getAttribute("textContent")).toList();
        assertThat(drawn).containsExactlyInAnyOrder("source.orders_raw", "source.customers", "model.orders_clean",
                "model.order_metrics", "model.orders_snowflake", "exposure.ops_dashboard", "exposure.billing_service");
        assertThat(browser.findElements(By.cssSelector("#diagram g.edge"))).hasSize(6);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("7 nodes");

        node("model.orders_clean").click();
        wait.until(ExpectedConditions.textToBe(By.id("details-title"), "model.orders_clean"));
        screenshot("target/lineage-page.png");
        assertThat(browser.findElement(By.id("details-sql")).getText()).startsWith("SELECT o.order_id");
        assertThat(browser.findElement(By.id("details-columns")).getText()).contains("customer_name", "customers.name");
        assertThat(browser.findElement(By.id("details")).getText()).contains("team-orders", "topic");

        browser.findElement(By.id("zoom-in")).click();
        wait.until(driver -> String.valueOf(browser.findElement(By.id("lineage-svg")).getAttribute("style"))
                .contains("scale("));

        browser.findElement(By.id("focus-node")).click();
        wait.until(ExpectedConditions.textToBe(By.id("status"), "7 nodes in the lineage of model.orders_clean"));
        node("model.order_metrics").click();
        wait.until(ExpectedConditions.textToBe(By.id("details-title"), "model.order_metrics"));

        @SuppressWarnings("unchecked")
        List<String> loaded = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name)");
        String origin = page.getProtocol() + "://" + page.getHost() + ":" + page.getPort() + "/";
        assertThat(loaded).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(origin));
        assertThat(loaded).anyMatch(url -> url.contains("/_static/viz/")).anyMatch(url -> url.contains("/_static/panzoom/"));
    }

    /** Keeps a picture of the page for people reviewing the build (target/lineage-page.png). */
    private void screenshot(String file) {
        try {
            byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            Files.write(Path.of(file), png);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private WebElement node(String id) {
        return browser.findElements(By.cssSelector("#diagram g.node")).stream()
                .filter(g -> id.equals(g.findElement(By.tagName("title")).getAttribute("textContent")))
                .findFirst().orElseThrow(() -> new AssertionError("no node " + id + " drawn"))
                .findElement(By.tagName("text"));
    }

    static WebDriver startChromium() {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            fail("The lineage page is tested in a real headless Chromium, and " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing. Install Debian's packages: apt-get install -y chromium chromium-driver "
                    + "(bin/test, the README's test command, does this).");
        }
        Path profile = Path.of("target", "chromium-profile-" + UUID.randomUUID()).toAbsolutePath();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
