package dev.streamt.testkit.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the demo of deploy/local/stack prints from the services' answers. */
class StackClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream original;

    @BeforeEach
    void captureStandardOutput() {
        original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardOutput() {
        System.setOut(original);
    }

    @Test
    void diagnosticsShowFileLineColumnAndHint() throws Exception {
        StackClient.diagnostics(json("""
                {"diagnostics": {"valid": false, "errors": [{"code": "MODEL_NOT_FOUND", "message": "ref('orderz') is
                 not a model", "file": "models/a.yml", "line": 12, "column": 7, "path": "models[0].sql",
                 "hint": "Did you mean 'orders'?"}], "warnings": []}}"""));

        assertThat(printed()).contains("1 error(s), 0 warning(s)")
                .contains("ERROR models/a.yml:12:7 [MODEL_NOT_FOUND]")
                .contains("at models[0].sql").contains("hint: Did you mean 'orders'?");
    }

    @Test
    void aProblemResponseIsOneLineAndAnythingElseIsShownAsItIs() {
        StackClient.problem("{\"status\": 409, \"title\": \"Deployment rejected\", \"detail\": \"needs approved_by\"}");
        StackClient.problem("<html>gateway timeout</html>");

        assertThat(printed()).contains("409 Deployment rejected: needs approved_by")
                .contains("<html>gateway timeout</html>");
    }

    @Test
    void aChangeSetSummarySaysWhenApprovalIsNeeded() throws Exception {
        StackClient.changeSetSummary(json("""
                {"id": "cs-1", "summary": {"create": 1, "update": 0, "replace": 0, "delete": 1, "unchanged": 2,
                 "blocked": 0}, "changes": [{"destructive": false}, {"destructive": true}]}"""));

        assertThat(printed()).contains("change set cs-1: 1 to create, 0 to update, 0 to replace, 1 to delete")
                .contains("1 destructive change(s): applying needs approve_destructive=true");
    }

    @Test
    void aMissingFieldIsAnExitCodeNotAnException() throws Exception {
        assertThat(StackClient.get(json("{\"manifest\": {\"id\": \"sha256:ab\"}}"), "manifest.id")).isZero();
        assertThat(StackClient.get(json("{\"manifest\": {}}"), "manifest.id")).isEqualTo(1);
        assertThat(printed()).contains("sha256:ab");
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace("\n", ""));
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
