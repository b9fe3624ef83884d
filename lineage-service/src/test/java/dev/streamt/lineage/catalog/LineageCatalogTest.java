package dev.streamt.lineage.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.lineage.ShopFixture;
import dev.streamt.lineage.graph.GraphKey;
import dev.streamt.lineage.graph.ProjectGraph;
import dev.streamt.lineage.graph.ProjectGraphBuilder;
import dev.streamt.lineage.problem.LineageProblem;
import dev.streamt.lineage.problem.ProblemKind;
import dev.streamt.lineage.query.ProjectView;
import dev.streamt.lineage.status.ArtifactState;
import dev.streamt.lineage.status.TestState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineageCatalogTest {

    private static LineageCatalog.GraphEntry entry(Manifest manifest, long revision) {
        return new LineageCatalog.GraphEntry(ProjectGraphBuilder.build(manifest), revision);
    }

    @Test
    void anOlderRevisionNeverReplacesANewerOne() {
        LineageCatalog catalog = new LineageCatalog();
        Manifest newer = ShopFixture.shop(ShopFixture.T0.plusSeconds(60));
        Manifest older = ShopFixture.shop(ShopFixture.T0);
        assertThat(catalog.install(List.of(entry(newer, 7)), List.of())).isEqualTo(1);
        assertThat(catalog.install(List.of(entry(older, 3)), List.of())).isZero();
        assertThat(catalog.view("shop", "dev").projectGraph().manifestId()).isEqualTo(newer.id());
        assertThat(catalog.graphRevision(new GraphKey("shop", "dev"))).isEqualTo(7);
    }

    @Test
    void unknownProjectsAndEnvironmentsSayWhatExists() {
        LineageCatalog catalog = new LineageCatalog();
        Manifest prod = new Manifest(Manifest.API_VERSION, "sha256:" + "ef".repeat(32), ShopFixture.shop(ShopFixture.T0).project(),
                "prod", ShopFixture.T0, List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        catalog.install(List.of(entry(ShopFixture.shop(ShopFixture.T0), 1), entry(prod, 2)), List.of());
        assertThatThrownBy(() -> catalog.view("shpo", null)).isInstanceOfSatisfying(LineageProblem.class, p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.UNKNOWN_PROJECT);
            assertThat(p.details()).containsEntry("did_you_mean", List.of("shop"))
                    .containsEntry("known_projects", List.of("shop"));
        });
        assertThatThrownBy(() -> catalog.view("shop", null)).isInstanceOfSatisfying(LineageProblem.class,
                p -> assertThat(p.kind()).isEqualTo(ProblemKind.ENVIRONMENT_REQUIRED));
        assertThatThrownBy(() -> catalog.view("shop", "prd")).isInstanceOfSatisfying(LineageProblem.class,
                p -> assertThat(p.details()).containsEntry("did_you_mean", List.of("prod"))
                        .containsEntry("known_environments", List.of("dev", "prod")));
        assertThat(catalog.view("shop", "prod").environment()).isEqualTo("prod");
    }

    @Test
    void statusesArePlacedOnTheNodesThatOwnTheArtifactsAndTests() {
        LineageCatalog catalog = new LineageCatalog();
        GraphKey key = new GraphKey("shop", "dev");
        Instant t = ShopFixture.T0;
        List<ArtifactState> artifacts = List.of(
                new ArtifactState("kafka_topic", "shop.orders.clean", "d1", "succeeded", null, t, t, "e1"),
                new ArtifactState("flink_job", "orders_clean_processor", "d1", "failed", "job crashed", t.plusSeconds(1),
                        t, "e2"),
                new ArtifactState("connector", "orders_snowflake", "d1", "succeeded", null, t.plusSeconds(2), t, "e3"),
                new ArtifactState("connector", "gone", "d1", "succeeded", null, t, t, "e4"));
        List<TestState> tests = List.of(new TestState("orders_quality", "run-1", "failed", null, t, t, "e5"));
        catalog.install(List.of(), List.of(new LineageCatalog.StatusEntry(key, artifacts, tests, 5)));
        catalog.install(List.of(new LineageCatalog.GraphEntry(ProjectGraphBuilder.build(
                ShopFixture.shop(t, true, "SELECT 1")), 1)), List.of());
        ProjectView view = catalog.view("shop", "dev");
        int clean = view.graph().indexOf(NodeId.parse("shop:model.orders_clean")).orElseThrow();
        assertThat(view.status(clean).deployment().status()).isEqualTo("failed");
        assertThat(view.status(clean).deployment().error()).isEqualTo("job crashed");
        assertThat(view.status(clean).test().status()).isEqualTo("failed");
        int quality = view.graph().indexOf(NodeId.parse("shop:test.orders_quality")).orElseThrow();
        assertThat(view.status(quality).test().runId()).isEqualTo("run-1");
        int sink = view.graph().indexOf(NodeId.parse("shop:model.orders_snowflake")).orElseThrow();
        assertThat(view.status(sink).deployment().status()).isEqualTo("succeeded");
        int raw = view.graph().indexOf(NodeId.parse("shop:source.orders_raw")).orElseThrow();
        assertThat(view.status(raw)).isNull();
    }

    @Test
    void aProjectGraphKnowsWhichNodeOwnsEachArtifact() {
        ProjectGraph graph = ProjectGraphBuilder.build(ShopFixture.shop(ShopFixture.T0));
        assertThat(graph.artifactOwners()).containsEntry("kafka_topic:shop.order.metrics",
                NodeId.parse("shop:model.order_metrics")).containsEntry("connector:orders_snowflake",
                NodeId.parse("shop:model.orders_snowflake"));
        assertThat(graph.nodes()).allSatisfy(node -> assertThat(node.id().project()).isEqualTo("shop"));
    }

    @Test
    void stampsOrderByCompileTimeThenEventTimeThenId() {
        Instant t = ShopFixture.T0;
        ManifestStamp stored = new ManifestStamp("m1", t, t, "b");
        assertThat(new ManifestStamp("m0", t.minusSeconds(1), t.plusSeconds(99), "z").supersedes(stored)).isFalse();
        assertThat(new ManifestStamp("m2", t.plusSeconds(1), t.minusSeconds(99), "a").supersedes(stored)).isTrue();
        assertThat(new ManifestStamp("m1", t, t, "b").supersedes(stored)).isFalse();
        assertThat(new ManifestStamp("m1", t, t, "c").supersedes(stored)).isTrue();
        assertThat(stored.supersedes(null)).isTrue();
    }
}
