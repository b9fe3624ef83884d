package dev.streamt.contracts.diagnostics;

/**
 * The stable diagnostic codes of the project language (DSL.md, "Diagnostics"), each with its severity. A
 * {@link Diagnostic} carries the code as a plain string (a newer compiler may emit codes this enum does not know yet);
 * {@link #name()} is that string.
 */
public enum DiagnosticCode {
    YAML_SYNTAX_ERROR, UNKNOWN_FIELD, INVALID_VALUE, DUPLICATE_SOURCE, DUPLICATE_MODEL, DUPLICATE_TEST,
    DUPLICATE_EXPOSURE, MISSING_TOPIC, SOURCE_NOT_FOUND, MODEL_NOT_FOUND, CYCLE_DETECTED, JINJA_SYNTAX_ERROR,
    JINJA_RENDER_ERROR, UNDEFINED_VARIABLE, SQL_SYNTAX_ERROR, SQL_NO_FROM, UNKNOWN_COLUMN, GATEWAY_REQUIRED,
    NO_PROCESSING_RUNTIME, FLINK_REQUIRED, CONFLUENT_FLINK_REQUIRED, MISSING_SINK_CONFIG, INVALID_STATE_TTL,
    ACCESS_DENIED, TEST_MODEL_NOT_FOUND, CONTINUOUS_TEST_REQUIRES_FLINK, DLQ_MODEL_NOT_FOUND, EXPOSURE_SOURCE_NOT_FOUND,
    EXPOSURE_MODEL_NOT_FOUND, EXPOSURE_DEPENDENCY_NOT_FOUND, ENVIRONMENT_REQUIRED, ENVIRONMENT_NOT_FOUND,
    RULE_MIN_PARTITIONS, RULE_MAX_PARTITIONS, RULE_MIN_REPLICATION, RULE_MAX_REPLICATION, RULE_NAMING_PATTERN,
    RULE_FORBIDDEN_PREFIX, RULE_FORBIDDEN_SUFFIX, RULE_REQUIRED_CONFIG, RULE_REQUIRE_DESCRIPTION, RULE_REQUIRE_OWNER,
    RULE_REQUIRE_TESTS, RULE_MAX_DEPENDENCIES, RULE_REQUIRE_SCHEMA, RULE_REQUIRE_FRESHNESS, RULE_REQUIRE_CLASSIFICATION,
    RULE_SENSITIVE_REQUIRES_MASKING,

    AMBIGUOUS_MATERIALIZATION(Severity.WARNING), STATE_TTL_TOO_SHORT(Severity.WARNING),
    UNUSED_FROM_SOURCE(Severity.WARNING), UNUSED_FROM_REF(Severity.WARNING), ML_PREDICT_OPAQUE_OUTPUT(Severity.WARNING),
    SECURITY_POLICIES_NOT_ENFORCED(Severity.WARNING), SAMPLE_SIZE_IGNORED(Severity.WARNING),
    SLA_NOT_ENFORCED(Severity.WARNING);

    private final Severity severity;

    DiagnosticCode() {
        this(Severity.ERROR);
    }

    DiagnosticCode(Severity severity) {
        this.severity = severity;
    }

    /**
     * The default severity of the code. Governance rule codes ({@code RULE_*}) are errors unless the project's rule
     * block sets {@code severity: warning}.
     */
    public Severity severity() {
        return severity;
    }
}
