package dev.streamt.contracts.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.ContractViolationException;
import dev.streamt.contracts.json.StreamtJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeIdTest {

    @Test
    void parsesAndFormatsLocalIds() {
        NodeId id = NodeId.parse("model.orders_clean");

        assertThat(id).isEqualTo(NodeId.model("orders_clean"));
        assertThat(id.project()).isNull();
        assertThat(id.type()).isEqualTo(NodeType.MODEL);
        assertThat(id.name()).isEqualTo("orders_clean");
        assertThat(id.hasProject()).isFalse();
        assertThat(id).hasToString("model.orders_clean");
    }

    @Test
    void parsesAndFormatsIdsOfOtherProjects() {
        NodeId id = NodeId.parse("finance:model.fx_rates");

        assertThat(id).isEqualTo(new NodeId("finance", NodeType.MODEL, "fx_rates"));
        assertThat(id.hasProject()).isTrue();
        assertThat(id.local()).isEqualTo(NodeId.model("fx_rates"));
        assertThat(NodeId.source("orders_raw").withProject("shop").value()).isEqualTo("shop:source.orders_raw");
    }

    @Test
    void everyTypeParses() {
        for (NodeType type : NodeType.values()) {
            assertThat(NodeId.parse(type.wireValue() + ".x")).isEqualTo(NodeId.of(type, "x"));
        }
        assertThat(NodeId.test("t").value()).isEqualTo("test.t");
        assertThat(NodeId.exposure("e").value()).isEqualTo("exposure.e");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "orders", "table.orders", "model.", "model.a b", ":model.a", "a.b:model.c",
            "model.a:b", "Model.a"})
    void rejectsInvalidIds(String text) {
        assertThatThrownBy(() -> NodeId.parse(text)).isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("invalid node id '" + text + "'");
    }

    @Test
    void travelsAsAString() {
        assertThat(StreamtJson.toJson(NodeId.parse("shop:exposure.ops"))).isEqualTo("\"shop:exposure.ops\"");
        assertThat(StreamtJson.fromJson("\"source.orders_raw\"", NodeId.class)).isEqualTo(NodeId.source("orders_raw"));
        assertThatThrownBy(() -> StreamtJson.fromJson("{\"edges\":[{\"from\":\"model.a\",\"to\":\"nope\"}]}", Dag.class))
                .isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("$.edges[0].to").hasMessageContaining("invalid node id 'nope'");
    }
}
