package dev.streamt.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.ContractSamples;
import dev.streamt.contracts.events.payload.ApplyRequested;
import dev.streamt.contracts.events.payload.DeploymentRejected;
import dev.streamt.contracts.events.payload.PlanRequested;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CloudEventTest {

    private static final String DEPLOYER = StreamtServices.source(StreamtServices.DEPLOYER);
    private static final ApplyRequested APPLY = new ApplyRequested("cs-1", false, null);

    @Test
    void createFillsTheEnvelope() {
        Instant before = Instant.now().minusSeconds(1);
        CloudEvent<ApplyRequested> event = CloudEvent.create(EventType.APPLY_REQUESTED, "/streamt/cli",
                ContractSamples.SUBJECT, "corr-1", null, APPLY);

        assertThat(event.specversion()).isEqualTo("1.0");
        assertThat(UUID.fromString(event.id())).isNotNull();
        assertThat(event.time()).isAfter(before).isEqualTo(event.time().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(event.datacontenttype()).isEqualTo("application/json");
        assertThat(event.correlationid()).isEqualTo("corr-1");
        assertThat(event.causationid()).isNull();
        assertThat(event.key()).isEqualTo("shop/dev");
        assertThat(event.topic()).isEqualTo(StreamtTopic.APPLY_COMMANDS);
        assertThat(event.data()).isSameAs(APPLY);
    }

    @Test
    void initialEventsStartACorrelation() {
        CloudEvent<PlanRequested> first = CloudEvent.initial(EventType.PLAN_REQUESTED, "/streamt/cli",
                ContractSamples.SUBJECT, PlanRequested.forLatest("shop", "dev"));

        assertThat(UUID.fromString(first.correlationid())).isNotNull();
        assertThat(first.correlationid()).isNotEqualTo(first.id());
        assertThat(first.causationid()).isNull();
    }

    @Test
    void followUpsKeepTheCorrelationAndPointToTheirCause() {
        CloudEvent<ApplyRequested> cause = CloudEvent.create(EventType.APPLY_REQUESTED, "/streamt/cli",
                ContractSamples.SUBJECT, "corr-1", "earlier", APPLY);
        DeploymentRejected rejected = new DeploymentRejected("cs-1", null, "destructive changes not approved");

        CloudEvent<DeploymentRejected> followUp = cause.followUp(EventType.DEPLOYMENT_REJECTED, DEPLOYER, rejected);
        CloudEvent<DeploymentRejected> causedBy = CloudEvent.causedBy(cause, EventType.DEPLOYMENT_REJECTED, DEPLOYER,
                rejected);

        for (CloudEvent<DeploymentRejected> event : java.util.List.of(followUp, causedBy)) {
            assertThat(event.correlationid()).isEqualTo("corr-1");
            assertThat(event.causationid()).isEqualTo(cause.id());
            assertThat(event.subject()).isEqualTo(cause.subject());
            assertThat(event.id()).isNotEqualTo(cause.id());
            assertThat(event.source()).isEqualTo(DEPLOYER);
        }
    }

    @Test
    void dataMustMatchTheEventType() {
        assertThatThrownBy(() -> CloudEvent.create(EventType.DEPLOYMENT_REJECTED, DEPLOYER, ContractSamples.SUBJECT,
                "corr-1", null, APPLY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data of dev.streamt.deployment.rejected.v1 must be a DeploymentRejected, got ApplyRequested");
        CloudEvent<Object> event = ContractSamples.event(EventType.APPLY_REQUESTED);
        assertThat(event.dataAs(ApplyRequested.class).changesetId()).isEqualTo(ContractSamples.CHANGESET_ID);
        assertThatThrownBy(() -> event.dataAs(PlanRequested.class)).hasMessageContaining("not a PlanRequested");
    }

    @Test
    void envelopeIsValidated() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> new CloudEvent<>("0.3", "id", "src", EventType.APPLY_REQUESTED,
                ContractSamples.SUBJECT, now, null, "c", null, APPLY)).hasMessageContaining("specversion must be '1.0'");
        assertThatThrownBy(() -> new CloudEvent<>("1.0", " ", "src", EventType.APPLY_REQUESTED,
                ContractSamples.SUBJECT, now, null, "c", null, APPLY)).hasMessage("id must not be blank");
        assertThatThrownBy(() -> new CloudEvent<>("1.0", "id", "", EventType.APPLY_REQUESTED,
                ContractSamples.SUBJECT, now, null, "c", null, APPLY)).hasMessage("source must not be blank");
        assertThatThrownBy(() -> new CloudEvent<>("1.0", "id", "src", EventType.APPLY_REQUESTED, null, now, null, "c",
                null, APPLY)).hasMessage("subject must not be null");
        assertThatThrownBy(() -> new CloudEvent<>("1.0", "id", "src", EventType.APPLY_REQUESTED,
                ContractSamples.SUBJECT, null, null, "c", null, APPLY)).hasMessage("time must not be null");
        assertThatThrownBy(() -> new CloudEvent<>("1.0", "id", "src", EventType.APPLY_REQUESTED,
                ContractSamples.SUBJECT, now, null, " ", null, APPLY)).hasMessage("correlationid must not be blank");
        assertThatThrownBy(() -> new CloudEvent<>("1.0", "id", "src", EventType.APPLY_REQUESTED,
                ContractSamples.SUBJECT, now, "text/xml", "c", null, APPLY)).hasMessageContaining("datacontenttype");
        assertThat(new CloudEvent<>("1.0", "id", "src", EventType.APPLY_REQUESTED, ContractSamples.SUBJECT, now,
                null, "c", null, APPLY).datacontenttype()).isEqualTo(CloudEvent.JSON);
    }
}
