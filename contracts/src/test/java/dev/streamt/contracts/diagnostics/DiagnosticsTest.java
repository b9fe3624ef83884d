package dev.streamt.contracts.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.ContractSamples;
import dev.streamt.contracts.json.StreamtJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    private static final Diagnostic UNKNOWN_FIELD = Diagnostic.at(DiagnosticCode.UNKNOWN_FIELD, "Unknown field 'topc'",
            "models/orders.yml", 4, 5, "models[0].topc", "Did you mean 'topic'?");

    @Test
    void validIsComputedFromErrors() {
        assertThat(Diagnostics.of(List.of(), List.of(Diagnostic.of(DiagnosticCode.SLA_NOT_ENFORCED, "sla"))).valid())
                .isTrue();
        assertThat(Diagnostics.of(List.of(UNKNOWN_FIELD), List.of()).valid()).isFalse();
        assertThat(Diagnostics.NONE.valid()).isTrue();
    }

    @Test
    void inconsistentValidFlagIsRejected() {
        assertThatThrownBy(() -> new Diagnostics(true, List.of(UNKNOWN_FIELD), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("valid must be false");
        assertThatThrownBy(() -> new Diagnostics(false, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void diagnosticsAreSortedByFileAndLine() {
        Diagnostic later = Diagnostic.at(DiagnosticCode.MODEL_NOT_FOUND, "m", "models/orders.yml", 9, 1, null, null);
        Diagnostic project = Diagnostic.at(DiagnosticCode.INVALID_VALUE, "v", "a.yml", 20, 1, null, null);
        Diagnostic noFile = Diagnostic.of(DiagnosticCode.ENVIRONMENT_REQUIRED, "env required: dev, prod");

        assertThat(Diagnostics.of(List.of(later, UNKNOWN_FIELD, project, noFile), List.of()).errors())
                .containsExactly(noFile, project, UNKNOWN_FIELD, later);
    }

    @Test
    void splitsBySeverityAndMerges() {
        Diagnostic warning = Diagnostic.of(DiagnosticCode.AMBIGUOUS_MATERIALIZATION, "ambiguous");
        Diagnostics split = Diagnostics.split(List.of(warning, UNKNOWN_FIELD),
                diagnostic -> DiagnosticCode.valueOf(diagnostic.code()).severity());

        assertThat(split.errors()).containsExactly(UNKNOWN_FIELD);
        assertThat(split.warnings()).containsExactly(warning);
        assertThat(Diagnostics.NONE.merge(split)).isEqualTo(split);
        assertThat(split.hasErrors()).isTrue();
    }

    @Test
    void codesCarryTheirSeverity() {
        assertThat(DiagnosticCode.CYCLE_DETECTED.severity()).isEqualTo(Severity.ERROR);
        assertThat(DiagnosticCode.RULE_SENSITIVE_REQUIRES_MASKING.severity()).isEqualTo(Severity.ERROR);
        assertThat(DiagnosticCode.STATE_TTL_TOO_SHORT.severity()).isEqualTo(Severity.WARNING);
        assertThat(List.of(DiagnosticCode.values())).filteredOn(code -> code.severity() == Severity.WARNING)
                .hasSize(8);
    }

    @Test
    void jsonKeepsUnknownPositionsAsNull() {
        String json = StreamtJson.toJson(Diagnostic.of(DiagnosticCode.ENVIRONMENT_REQUIRED, "pick one"));

        assertThat(json).isEqualTo("{\"code\":\"ENVIRONMENT_REQUIRED\",\"message\":\"pick one\",\"file\":null,"
                + "\"line\":null,\"column\":null,\"path\":null,\"hint\":null}");
        assertThat(StreamtJson.toJson(ContractSamples.rejectedDiagnostics()))
                .startsWith("{\"valid\":false,\"errors\":[{\"code\":")
                .contains("\"line\":7,\"column\":19,\"path\":\"models[0].sql\",\"hint\":\"Did you mean 'orders_clean'?\"");
    }

    @Test
    void diagnosticIsValidated() {
        assertThatThrownBy(() -> new Diagnostic(" ", "m", null, null, null, null, null))
                .hasMessage("code must not be blank");
        assertThatThrownBy(() -> new Diagnostic("X", null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("message must not be null");
        assertThatThrownBy(() -> new Diagnostic("X", "m", "f.yml", 0, 1, null, null))
                .hasMessageContaining("line must be at least 1");
        assertThatThrownBy(() -> new Diagnostic("X", "m", "f.yml", 1, -3, null, null))
                .hasMessageContaining("column must be at least 1");
    }

    @Test
    void severityHasLowercaseWireValues() {
        assertThat(StreamtJson.toJson(Severity.WARNING)).isEqualTo("\"warning\"");
        assertThat(StreamtJson.fromJson("\"error\"", Severity.class)).isEqualTo(Severity.ERROR);
    }
}
