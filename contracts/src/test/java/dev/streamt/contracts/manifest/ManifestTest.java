package dev.streamt.contracts.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.ContractSamples;
import dev.streamt.contracts.json.StreamtJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestTest {

    private final Manifest manifest = ContractSamples.manifest();

    @Test
    void jsonUsesTheFieldNamesOfTheApi() {
        String json = StreamtJson.toJson(manifest);

        assertThat(json).startsWith("{\"api_version\":\"streamt.dev/v1\",\"id\":\"sha256:")
                .contains("\"project\":{\"name\":\"shop\",\"version\":\"1.4.0\"", "\"environment\":\"dev\"",
                        "\"compiled_at\":\"2026-11-21T05:04:00.123Z\"",
                        "\"required_variables\":[\"KAFKA_BOOTSTRAP\",\"SNOWFLAKE_PRIVATE_KEY\"]",
                        "\"materialized\":\"virtual_topic\"", "\"inferred_from\":",
                        "\"depends_on\":[\"model.orders_clean\",\"finance:model.fx_rates\"]",
                        "\"lineage\":[{\"node\":\"source.orders_raw\",\"column\":\"order_id\"}]",
                        "\"event_time\":{\"column\":\"order_time\"", "\"max_out_of_orderness_ms\":5000",
                        "\"access\":{\"level\":\"protected\",\"allowed_groups\":[\"finance\"]}",
                        "\"on_failure\":[{\"type\":\"alert\"", "\"sample_size\":100",
                        "\"consumer_group\":null", "\"edges\":[{\"from\":\"source.orders_raw\",\"to\":\"model.orders_clean\"}",
                        "\"order\":[\"source.orders_raw\"",
                        "{\"name\":\"shop.orders.clean\",\"partitions\":6,\"replication_factor\":3,"
                                + "\"config\":{\"cleanup.policy\":\"delete\",\"retention.ms\":\"604800000\"},"
                                + "\"owner_node\":\"model.orders_clean\"}",
                        "\"flink_jobs\":[{\"name\":\"order_metrics\"", "\"checkpoint_interval_ms\":60000",
                        "\"state_backend\":\"rocksdb\"", "\"state_ttl_ms\":86400000",
                        "\"connector_class\":\"com.snowflake.kafka.connector.SnowflakeSinkConnector\"",
                        "\"gateway_rules\":[{\"name\":\"orders_masked\",\"virtual_topic\":\"orders_masked\","
                                + "\"physical_topic\":\"shop.orders.clean\",\"interceptors\":[{\"type\":\"sql_filter\"",
                        "\"schema_type\":\"AVRO\"", "\"compatibility\":\"BACKWARD\"",
                        "\"${SNOWFLAKE_PRIVATE_KEY}\"");
    }

    @Test
    void lookupHelpersFindDeclaredNodes() {
        assertThat(manifest.model("order_metrics")).get().extracting(Model::materialized)
                .isEqualTo(Materialization.FLINK);
        assertThat(manifest.source("orders_raw")).get().extracting(Source::nodeId).isEqualTo(NodeId.source("orders_raw"));
        assertThat(manifest.test("orders_quality")).isPresent();
        assertThat(manifest.exposure("ops_dashboard")).get().extracting(Exposure::nodeId)
                .isEqualTo(NodeId.exposure("ops_dashboard"));
        assertThat(manifest.model("nope")).isEmpty();
        assertThat(manifest.dag().node(NodeId.model("orders_clean"))).isPresent();
        assertThat(manifest.projectName()).isEqualTo("shop");
    }

    @Test
    void requiredFieldsAndNamesAreValidated() {
        assertThatThrownBy(() -> new Model(" ", Materialization.TOPIC, null, null, null, null, null, null, null, null,
                null, null, null)).hasMessage("model name must not be blank");
        assertThatThrownBy(() -> new Model("m", null, null, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("materialized must not be null");
        assertThatThrownBy(() -> new Source("s", "", null, null, null, null, null, null, null, null))
                .hasMessage("source topic must not be blank");
        assertThatThrownBy(() -> new TopicArtifact("t", 0, 1, null, null)).hasMessageContaining("partitions");
        assertThatThrownBy(() -> new TopicArtifact("t", 1, 0, null, null)).hasMessageContaining("replication_factor");
        assertThatThrownBy(() -> ProjectInfo.named("")).hasMessage("project.name must not be blank");
        assertThatThrownBy(() -> new SourceColumn("c", " ", null, null, false)).hasMessageContaining("column type");
    }

    @Test
    void manifestIdMustBeASha256() {
        assertThatThrownBy(() -> withId("sha256:abc")).hasMessageContaining("sha256:<64 lowercase hex digits>");
        assertThatThrownBy(() -> withId("9f86d081884c7d659a2feaa0c55ad0159f86d081884c7d659a2feaa0c55ad015"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void duplicateNamesAreRejected() {
        List<Model> models = new ArrayList<>(manifest.models());
        models.add(manifest.models().get(0));
        assertThatThrownBy(() -> new Manifest(Manifest.API_VERSION, manifest.id(), manifest.project(), null,
                manifest.compiledAt(), null, null, models, null, null, null, null))
                .hasMessage("duplicate model 'orders_clean'");
    }

    @Test
    void dagEdgesAndOrderOnlyMentionNodes() {
        DagNode node = DagNode.of(NodeId.model("a"), Materialization.TOPIC, null, null);
        assertThatThrownBy(() -> new Dag(List.of(node), List.of(new DagEdge(NodeId.model("a"), NodeId.model("b"))), null))
                .hasMessageContaining("unknown node");
        assertThatThrownBy(() -> new Dag(List.of(node), null, List.of(NodeId.source("a"))))
                .hasMessageContaining("order mentions unknown node source.a");
        assertThatThrownBy(() -> new Dag(List.of(node, node), null, null)).hasMessage("duplicate node model.a");
        assertThatThrownBy(() -> new DagNode(NodeId.model("a"), "b", NodeType.MODEL, null, null, null))
                .hasMessageContaining("does not agree");
    }

    @Test
    void missingCollectionsBecomeEmptyAndCopiesAreUnmodifiable() {
        Manifest minimal = new Manifest(Manifest.API_VERSION, manifest.id(), ProjectInfo.named("p"), null,
                manifest.compiledAt(), null, null, null, null, null, null, null);
        assertThat(minimal.sources()).isEmpty();
        assertThat(minimal.dag()).isEqualTo(Dag.EMPTY);
        assertThat(minimal.artifacts()).isEqualTo(Artifacts.EMPTY);

        List<String> tags = new ArrayList<>(List.of("a"));
        Model model = new Model("m", Materialization.FLINK, null, null, null, null, null, null, tags, null, null, null,
                null);
        tags.add("b");
        assertThat(model.tags()).containsExactly("a");
        assertThat(model.access()).isEqualTo(ModelAccess.PRIVATE);
        assertThatThrownBy(() -> model.tags().add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new Model("m", Materialization.FLINK, null, null, null, null, null, null,
                java.util.Arrays.asList("a", null), null, null, null, null)).hasMessage("tags[1] must not be null");
    }

    @Test
    void mapsAreSortedByKeyAndFreeFormValuesAreDeepCopied() {
        Map<String, String> config = new HashMap<>(Map.of("retention.ms", "1", "cleanup.policy", "compact",
                "min.insync.replicas", "2"));
        TopicArtifact topic = new TopicArtifact("t", 1, 1, config, null);
        assertThat(topic.config().keySet()).containsExactly("cleanup.policy", "min.insync.replicas", "retention.ms");

        Map<String, Object> nested = new HashMap<>(Map.of("z", 1L, "a", List.of(2.5f)));
        TestAssertion assertion = new TestAssertion("range", Map.of("bounds", nested));
        nested.put("b", "late");
        assertThat(assertion.config()).isEqualTo(Map.of("bounds", Map.of("a", List.of(2.5d), "z", 1)));
        assertThatThrownBy(() -> TestAssertion.of("x", Map.of("when", java.time.Instant.EPOCH)))
                .hasMessageContaining("must be a JSON value");
    }

    @Test
    void enumsTravelAsTheirWireValues() {
        assertThat(StreamtJson.toJson(Materialization.VIRTUAL_TOPIC)).isEqualTo("\"virtual_topic\"");
        assertThat(StreamtJson.toJson(SchemaType.PROTOBUF)).isEqualTo("\"PROTOBUF\"");
        assertThat(StreamtJson.toJson(Classification.HIGHLY_SENSITIVE)).isEqualTo("\"highly_sensitive\"");
        assertThat(StreamtJson.fromJson("\"ml_inference\"", ExposureType.class)).isEqualTo(ExposureType.ML_INFERENCE);
        assertThat(Materialization.fromWireValue("sink")).isEqualTo(Materialization.SINK);
    }

    private Manifest withId(String id) {
        return new Manifest(Manifest.API_VERSION, id, manifest.project(), null, manifest.compiledAt(), null, null,
                null, null, null, null, null);
    }
}
