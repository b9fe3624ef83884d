package dev.streamt.contracts.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.ContractSamples;
import dev.streamt.contracts.json.StreamtJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestRunTest {

    @Test
    void jsonUsesTheFieldNamesOfTheApi() {
        String json = StreamtJson.toJson(ContractSamples.testRun());

        assertThat(json).startsWith("{\"id\":\"run-93d1aa\",\"project\":\"shop\",\"environment\":\"dev\","
                        + "\"status\":\"failed\",\"started_at\":\"2026-11-21T05:04:00.123Z\","
                        + "\"finished_at\":\"2026-11-21T05:04:09Z\",\"results\":[")
                .contains("{\"test\":\"orders_quality\",\"type\":\"sample\",\"status\":\"failed\",\"assertions\":[",
                        "{\"assertion\":\"range(amount)\",\"status\":\"failed\",\"observed\":2,\"expected\":0,"
                                + "\"failing_examples\":[{\"amount\":-5.5,\"order_id\":\"o-17\"},",
                        "\"type\":\"continuous\",\"status\":\"skipped\"",
                        "\"error\":\"topic shop.order.metrics unreachable\"");
    }

    @Test
    void failuresAreFailedAndErroredResults() {
        assertThat(ContractSamples.testRun().failures()).extracting(TestResult::test)
                .containsExactly("orders_quality", "metrics_freshness");
    }

    @Test
    void resultsAreValidated() {
        assertThatThrownBy(() -> new TestResult("", TestType.SAMPLE, TestStatus.PASSED, null, null))
                .hasMessage("test must not be blank");
        assertThatThrownBy(() -> new AssertionResult("not_null", TestStatus.FAILED, new Object(), null, null))
                .hasMessageContaining("observed must be a JSON value");
        assertThatThrownBy(() -> new TestRun("r", "shop", " ", TestRunStatus.PENDING, null, null, null))
                .hasMessageContaining("environment must not be blank");
    }

    @Test
    void freeFormValuesAreNormalized() {
        AssertionResult result = new AssertionResult("unique_key", TestStatus.FAILED, 3L, 0L,
                List.of(Map.of("order_id", "o-1", "count", 2L)));

        assertThat(result.observed()).isEqualTo(3);
        assertThat(StreamtJson.fromJson(StreamtJson.toJson(result), AssertionResult.class)).isEqualTo(result);
    }

    @Test
    void typesAndStatusesHaveTheWireValuesOfTheApi() {
        assertThat(List.of(TestType.values())).extracting(TestType::wireValue)
                .containsExactly("schema", "sample", "continuous");
        assertThat(List.of(TestStatus.values())).extracting(TestStatus::wireValue)
                .containsExactly("passed", "failed", "error", "skipped");
        assertThat(List.of(TestRunStatus.values())).extracting(TestRunStatus::wireValue)
                .containsExactly("pending", "running", "passed", "failed", "error");
    }
}
