package dev.streamt.compiler.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.streamt.testkit.KafkaResource;
import dev.streamt.testkit.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The compiler over HTTP: the three upload forms, history, and every kind of bad input answered clearly. */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
class CompileHttpIT {

    private static final String PROJECT = """
            project: {name: http_demo, version: 1.0.0}
            runtime:
              kafka: {bootstrap_servers: 'localhost:9092'}
              flink:
                default: local
                clusters:
                  local: {type: rest, rest_url: 'http://localhost:8081', sql_gateway_url: 'http://localhost:8083'}
            vars: {min: 0}
            sources:
            - name: orders_raw
              topic: orders.raw.v1
              columns: [{name: id, type: STRING}, {name: amount, type: DOUBLE}]
            models:
            - name: big
              sql: SELECT id, amount FROM {{ source('orders_raw') }} WHERE amount > {{ var('min') }}
            """;

    @Test
    void compilesYamlStoresItAndAnswersTheHistoryNewestFirst() {
        String project = PROJECT.replace("name: http_demo", "name: http_history");
        String first = given().contentType("application/yaml").body(yaml(project)).post("/api/v1/compile")
                .then().statusCode(201).header("Location", containsString("/api/v1/manifests/sha256:"))
                .extract().path("manifest.id");
        String second = given().contentType("application/yaml").body(yaml(project)).queryParam("var.min", "100")
                .post("/api/v1/compile").then().statusCode(201).extract().path("manifest.id");

        assertThat(second).isNotEqualTo(first);
        given().get("/api/v1/projects/http_history/manifests").then().statusCode(200)
                .body("manifest_id", equalTo(List.of(second, first)));
        given().get("/api/v1/projects/http_history/manifests/latest").then().statusCode(200).body("id", equalTo(second));
        given().get("/api/v1/manifests/" + first).then().statusCode(200).body("models[0].sql", containsString("> 0"));
    }

    @Test
    void compilesATarGzOfTheProjectFolder() throws IOException {
        byte[] archive = tarGz(Map.of("demo/stream_project.yml", PROJECT.getBytes(StandardCharsets.UTF_8),
                "demo/._stream_project.yml", new byte[] {0, 1, 2}));

        given().contentType("application/gzip").body(archive).post("/api/v1/compile").then().statusCode(201)
                .body("manifest.project.name", equalTo("http_demo"));
    }

    @Test
    void validateAnswersDiagnosticsWithoutStoringAnything() {
        given().contentType("application/json")
                .body(Map.of("files", Map.of("stream_project.yml", PROJECT.replace("orders_raw')", "orders_rwa')"))))
                .post("/api/v1/validate").then().statusCode(200)
                .body("valid", equalTo(false))
                .body("errors.code", hasItem("SOURCE_NOT_FOUND"))
                .body("errors[0].message", containsString("Did you mean 'orders_raw'?"))
                .body("errors[0].file", equalTo("stream_project.yml"))
                .body("errors[0].line", equalTo(15));
    }

    @Test
    void anInvalidProjectIs422WithEveryProblem() {
        String broken = PROJECT + "- name: big\n  sql: SELECT * FROM {{ ref('nope') }}\n  partitons: 3\n";

        given().contentType("application/yaml").body(yaml(broken)).post("/api/v1/compile").then().statusCode(422)
                .body("valid", equalTo(false))
                .body("errors.code", hasItem("DUPLICATE_MODEL"))
                .body("errors.code", hasItem("UNKNOWN_FIELD"));
    }

    @Test
    void malformedRequestsGetProblemsNotStackTraces() {
        given().contentType("application/json").body("{\"files\": 42").post("/api/v1/compile").then().statusCode(400)
                .contentType("application/problem+json").body("type", containsString("malformed-project-upload"));
        given().contentType("image/png").body(new byte[] {1, 2, 3}).post("/api/v1/compile").then().statusCode(415)
                .contentType("application/problem+json");
        given().get("/api/v1/manifests/sha256:nope").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/v1/projects/no_such_project/manifests").then().statusCode(404)
                .contentType("application/problem+json").body("type", containsString("unknown-project"));
    }

    @Test
    void aFileThatIsNotUtf8IsADiagnosticOnThatFile() {
        byte[] latin1 = ("project: {name: caf\u00e9, version: 1}\n").getBytes(StandardCharsets.ISO_8859_1);

        Response r = given().contentType("application/gzip").body(tarGzUnchecked(Map.of("stream_project.yml", latin1)))
                .post("/api/v1/compile");

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.jsonPath().getString("errors[0].file")).isEqualTo("stream_project.yml");
        assertThat(r.jsonPath().getString("errors[0].message")).containsIgnoringCase("utf-8");
    }

    @Test
    @Timeout(120) // a guard against a hang, not a speed measurement
    void anAliasBombEndsInADiagnostic() {
        StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        given().contentType("application/yaml").body(yaml(bomb.toString())).post("/api/v1/compile").then().statusCode(422)
                .body("errors[0].code", equalTo("YAML_SYNTAX_ERROR"));
    }

    @Test
    @Timeout(120) // a guard against a hang, not a speed measurement
    void aTemplateThatLoopsEndsInADiagnostic() {
        String looping = PROJECT.replace("WHERE amount > {{ var('min') }}",
                "{% for a in range(10000) %}{% for b in range(10000) %}{% for c in range(10000) %}{% endfor %}"
                        + "{% endfor %}{% endfor %}");

        given().contentType("application/yaml").body(yaml(looping)).post("/api/v1/compile").then().statusCode(422)
                .body("errors.code", hasItem("JINJA_RENDER_ERROR"));
    }

    @Test
    void aFiftyMegabyteUploadIsRefusedWithAProblem() throws Exception {
        long size = 50L * 1024 * 1024;
        // The body is generated as it is sent: neither side ever holds 50 MB.
        java.io.InputStream endless = new java.io.InputStream() {
            private long sent;

            @Override
            public int read() {
                return sent++ < size ? 'x' : -1;
            }
        };
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                                + "/api/v1/compile"))
                .header("Content-Type", "application/yaml")
                .POST(java.net.http.HttpRequest.BodyPublishers.fromPublisher(
                        java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> endless), size))
                .build();

        java.net.http.HttpResponse<String> response;
        try {
            response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException closedWhileSending) {
            throw new AssertionError("the server should answer 413 before reading the body", closedWhileSending);
        }

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("project-too-large");
    }

    @Test
    void anArchiveEntryOutsideTheProjectIsRefused() {
        given().contentType("application/gzip")
                .body(tarGzUnchecked(Map.of("../../etc/stream_project.yml", PROJECT.getBytes(StandardCharsets.UTF_8))))
                .post("/api/v1/compile").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void filePathsAreNormalisedAndTwoNamesOfOneFileOrControlCharactersAreRefused() {
        String model = "models:\n- name: dotted\n  sql: SELECT id FROM {{ source('orders_raw') }}\n";
        given().contentType("application/json").body(Map.of("files", Map.of("stream_project.yml",
                PROJECT.replace("name: http_demo", "name: http_paths"), "models/./extra.yml", model)))
                .post("/api/v1/compile").then().statusCode(201).body("manifest.models.name", hasItem("dotted"));

        given().contentType("application/json").body(Map.of("files", Map.of("stream_project.yml", PROJECT,
                "models//extra.yml", model, "models/extra.yml", model)))
                .post("/api/v1/compile").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("name the same file 'models/extra.yml'"));
        given().contentType("application/json").body(Map.of("files", Map.of("stream_project.yml", PROJECT,
                "models/a.yml\nFORGED log line", model)))
                .post("/api/v1/compile").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("models/a.yml\\u000aFORGED"));
    }

    @Test
    void controlCharactersInTheUrlAndABadEnvironmentAre400ProblemsNot500() {
        given().urlEncodingEnabled(false).get("/api/v1/manifests/sha256:ab%00cd").then().statusCode(400)
                .contentType("application/problem+json").body("type", containsString("invalid-request"));
        given().urlEncodingEnabled(false).get("/api/v1/projects/x%0Ay/manifests").then().statusCode(400)
                .contentType("application/problem+json");
        given().contentType("application/yaml").body(yaml(PROJECT)).queryParam("env", "a/b").post("/api/v1/compile")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", containsString("invalid-environment"));
    }

    @Test
    void anArchiveWithOneNameTwiceOrCutShortIsRefusedSayingWhy() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            for (String text : List.of(PROJECT, PROJECT.replace("name: http_demo", "name: http_other"))) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                TarArchiveEntry entry = new TarArchiveEntry("stream_project.yml", true);
                entry.setSize(bytes.length);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        given().contentType("application/gzip").body(out.toByteArray()).post("/api/v1/compile").then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'stream_project.yml' more than once"));

        byte[] archive = tarGz(Map.of("demo/stream_project.yml", PROJECT.getBytes(StandardCharsets.UTF_8)));
        byte[] cut = java.util.Arrays.copyOf(archive, archive.length / 2);
        given().contentType("application/gzip").body(cut).post("/api/v1/compile").then().statusCode(400)
                .contentType("application/problem+json").body("detail", not(containsString("null")));
    }

    /** RestAssured sends YAML as the bytes of its text. */
    private static byte[] yaml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] tarGzUnchecked(Map<String, byte[]> files) {
        try {
            return tarGz(files);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] tarGz(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(f.getKey(), true);
                entry.setSize(f.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(f.getValue());
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }
}
