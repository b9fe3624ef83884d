package dev.streamt.compiler.acceptance;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import dev.streamt.testkit.KafkaResource;
import dev.streamt.testkit.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every acceptance case (the repository's, and ../shared's when present) through the real HTTP endpoint. */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true)
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
class CompileAcceptanceIT {

    @TestFactory
    Stream<DynamicTest> everyAcceptanceCase() {
        return AcceptanceCase.all().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> run(c)));
    }

    private void run(AcceptanceCase c) {
        JsonNode expected = c.expected();
        String env = expected.path("env").isTextual() ? expected.path("env").asText() : null;
        check(c, env, expected);
        expected.path("with_env").fields().forEachRemaining(e -> check(c, e.getKey(), e.getValue()));
    }

    private void check(AcceptanceCase c, String env, JsonNode expected) {
        var request = given().contentType("application/json").body(Map.of("files", c.files()));
        if (env != null) {
            request = request.queryParam("env", env);
        }
        Response response = request.post("/api/v1/compile");
        AcceptanceChecks.check(expected, response.statusCode(), Json.parse(response.asString()));
    }
}
