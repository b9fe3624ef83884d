package dev.streamt.contracts.events.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.ContractSamples;
import dev.streamt.contracts.ContractViolationException;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.json.StreamtJson;
import org.junit.jupiter.api.Test;

class ManifestCompiledTest {

    private static final String ID = ContractSamples.MANIFEST_ID;
    private static final String URL = "http://compiler-service:8080/api/v1/manifests/x?compiled_at=2026-01-31T10%3A15%3A30Z";

    @Test
    void carriesExactlyOneOfTheManifestAndItsReference() {
        ManifestRef ref = new ManifestRef(ID, 10, "0".repeat(64), URL);

        assertThatThrownBy(() -> new ManifestCompiled(null, null, null))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("exactly one");
        assertThatThrownBy(() -> new ManifestCompiled(ContractSamples.manifest(), ref, null))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("exactly one");
        assertThat(ManifestCompiled.byReference(ref, null).manifestId()).isEqualTo(ID);
        assertThat(new ManifestCompiled(ContractSamples.manifest(), null).manifestId())
                .isEqualTo(ContractSamples.manifest().id());
    }

    @Test
    void aReferenceOnTheWireHasTheFieldsOfApiMd() {
        CloudEvent<ManifestCompiled> event = CloudEvent.initial(EventType.MANIFEST_COMPILED, "streamt/compiler-service",
                Subject.of("shop", "dev"), ContractSamples.manifestByReference());

        String json = new String(StreamtJson.writeEvent(event), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(json).contains("\"manifest_ref\":{\"id\":\"" + ID + "\",\"size_bytes\":33554432,\"sha256\":\"")
                .contains("\"url\":\"http://compiler-service:8080/api/v1/manifests/");
        assertThat(StreamtJson.readEvent(StreamtJson.writeEvent(event)).dataAs(ManifestCompiled.class))
                .isEqualTo(event.data());
    }

    @Test
    void aReferenceIsValidated() {
        assertThatThrownBy(() -> new ManifestRef("orders", 10, "0".repeat(64), URL))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("manifest id");
        assertThatThrownBy(() -> new ManifestRef(ID, 0, "0".repeat(64), URL))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("size_bytes");
        assertThatThrownBy(() -> new ManifestRef(ID, 10, "XYZ", URL))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("sha256");
        assertThatThrownBy(() -> new ManifestRef(ID, 10, "0".repeat(64), "file:///etc/passwd"))
                .isInstanceOf(ContractViolationException.class).hasMessageContaining("url");
    }
}
