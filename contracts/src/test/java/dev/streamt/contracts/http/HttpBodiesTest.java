package dev.streamt.contracts.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.ContractSamples;
import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.json.StreamtJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpBodiesTest {

    @Test
    void acceptedResponsesCarryTheIdsOfTheApi() {
        assertThat(StreamtJson.toJson(new DeploymentAccepted("dep-1"))).isEqualTo("{\"deployment_id\":\"dep-1\"}");
        assertThat(StreamtJson.toJson(new TestRunAccepted("run-1"))).isEqualTo("{\"run_id\":\"run-1\"}");
        assertThatThrownBy(() -> new DeploymentAccepted(" ")).hasMessage("deployment_id must not be blank");
    }

    @Test
    void projectUploadIsAMapOfFiles() {
        ProjectFiles files = StreamtJson.fromJson("{\"files\":{\"stream_project.yml\":\"project:\\n  name: shop\\n\"}}",
                ProjectFiles.class);

        assertThat(files.files()).containsEntry(ProjectFiles.PROJECT_FILE, "project:\n  name: shop\n");
        assertThat(new ProjectFiles(null).files()).isEmpty();
        assertThat(StreamtJson.toJson(new ProjectFiles(Map.of("b.yml", "b", "a.yml", "a"))))
                .isEqualTo("{\"files\":{\"a.yml\":\"a\",\"b.yml\":\"b\"}}");
    }

    @Test
    void compileResponseHasManifestAndDiagnostics() {
        CompileResponse response = new CompileResponse(ContractSamples.manifest(), null);

        assertThat(response.diagnostics()).isEqualTo(Diagnostics.NONE);
        assertThat(StreamtJson.toJson(response)).startsWith("{\"manifest\":{\"api_version\":")
                .endsWith(",\"diagnostics\":{\"valid\":true,\"errors\":[],\"warnings\":[]}}");
    }
}
