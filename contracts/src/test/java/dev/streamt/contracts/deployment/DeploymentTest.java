package dev.streamt.contracts.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.ContractSamples;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.json.StreamtJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeploymentTest {

    @Test
    void jsonUsesTheFieldNamesOfTheApi() {
        String json = StreamtJson.toJson(ContractSamples.deployment());

        assertThat(json).startsWith("{\"id\":\"dep-41b9e2\",\"changeset_id\":\"cs-7f3c2a10\",\"project\":\"shop\","
                        + "\"environment\":\"dev\",\"status\":\"failed\",\"approve_destructive\":true,"
                        + "\"approved_by\":\"alice@shop.example\",\"created_at\":\"2026-11-21T05:04:00.123Z\","
                        + "\"finished_at\":\"2026-11-21T05:04:09Z\",\"steps\":[")
                .contains("{\"change_id\":\"c1\",\"target\":\"kafka_topic\",\"name\":\"shop.orders.clean\","
                                + "\"action\":\"create\",\"status\":\"succeeded\","
                                + "\"started_at\":\"2026-11-21T05:04:00.123Z\","
                                + "\"finished_at\":\"2026-11-21T05:04:02.500Z\",\"error\":null}",
                        "\"status\":\"skipped\",\"started_at\":null");
    }

    @Test
    void stepsStartPendingFromTheirChange() {
        DeploymentStep step = DeploymentStep.pending(ContractSamples.changes().get(3));

        assertThat(step).isEqualTo(new DeploymentStep("c2", ChangeTarget.FLINK_JOB, "order_metrics",
                ChangeAction.UPDATE, StepStatus.PENDING, null, null, null));
        assertThat(step.with(StepStatus.RUNNING, ContractSamples.T1, null, null).status())
                .isEqualTo(StepStatus.RUNNING);
    }

    @Test
    void deploymentsChangeStatusAndSteps() {
        Deployment running = ContractSamples.runningDeployment();
        Deployment done = running.with(DeploymentStatus.SUCCEEDED, ContractSamples.T2).withSteps(List.of());

        assertThat(done.status()).isEqualTo(DeploymentStatus.SUCCEEDED);
        assertThat(done.finishedAt()).isEqualTo(ContractSamples.T2);
        assertThat(done.steps()).isEmpty();
        assertThat(done.changesetId()).isEqualTo(running.changesetId());
    }

    @Test
    void requiredFieldsAreValidated() {
        assertThatThrownBy(() -> new Deployment("d", " ", "shop", null, DeploymentStatus.PENDING, false, null,
                ContractSamples.T0, null, null)).hasMessage("changeset_id must not be blank");
        assertThatThrownBy(() -> new Deployment("d", "cs", "shop", null, DeploymentStatus.PENDING, false, null,
                null, null, null)).isInstanceOf(NullPointerException.class).hasMessage("created_at must not be null");
        assertThatThrownBy(() -> new DeploymentStep("c", ChangeTarget.SCHEMA, "s", ChangeAction.CREATE, null, null,
                null, null)).hasMessage("status must not be null");
    }

    @Test
    void statusesHaveTheWireValuesOfTheApi() {
        assertThat(List.of(DeploymentStatus.values())).extracting(DeploymentStatus::wireValue)
                .containsExactly("pending", "running", "succeeded", "failed", "rejected");
        assertThat(List.of(StepStatus.values())).extracting(StepStatus::wireValue)
                .containsExactly("pending", "running", "succeeded", "failed", "skipped");
    }
}
