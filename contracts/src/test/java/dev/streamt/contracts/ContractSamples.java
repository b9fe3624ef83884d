package dev.streamt.contracts;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.changeset.ChangeTarget;
import dev.streamt.contracts.changeset.FieldDiff;
import dev.streamt.contracts.deployment.Deployment;
import dev.streamt.contracts.deployment.DeploymentStatus;
import dev.streamt.contracts.deployment.DeploymentStep;
import dev.streamt.contracts.deployment.StepStatus;
import dev.streamt.contracts.diagnostics.Diagnostic;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.diagnostics.Diagnostics;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.StreamtServices;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.ApplyRequested;
import dev.streamt.contracts.events.payload.ChangeSetPlanned;
import dev.streamt.contracts.events.payload.CompileRequested;
import dev.streamt.contracts.events.payload.DeploymentFailed;
import dev.streamt.contracts.events.payload.DeploymentRejected;
import dev.streamt.contracts.events.payload.DeploymentStarted;
import dev.streamt.contracts.events.payload.DeploymentStepFailed;
import dev.streamt.contracts.events.payload.DeploymentStepSucceeded;
import dev.streamt.contracts.events.payload.DeploymentSucceeded;
import dev.streamt.contracts.events.payload.DriftDetected;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.events.payload.ManifestRef;
import dev.streamt.contracts.events.payload.ManifestRejected;
import dev.streamt.contracts.events.payload.PlanFailed;
import dev.streamt.contracts.events.payload.PlanRequested;
import dev.streamt.contracts.events.payload.TestFailed;
import dev.streamt.contracts.events.payload.TestRequested;
import dev.streamt.contracts.events.payload.TestRunCompleted;
import dev.streamt.contracts.http.CompileResponse;
import dev.streamt.contracts.http.DeploymentAccepted;
import dev.streamt.contracts.http.ProjectFiles;
import dev.streamt.contracts.http.TestRunAccepted;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.testing.AssertionResult;
import dev.streamt.contracts.testing.TestResult;
import dev.streamt.contracts.testing.TestRun;
import dev.streamt.contracts.testing.TestRunStatus;
import dev.streamt.contracts.testing.TestStatus;
import dev.streamt.contracts.testing.TestType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Realistic instances of every contract record, in one place, for all tests: the "shop" project (orders from a web
 * shop cleaned, aggregated, masked and sunk to Snowflake) compiled for environment {@code dev}, planned, deployed and
 * tested. The manifest itself is in {@link ManifestSamples}.
 */
public final class ContractSamples {

    public static final String PROJECT = "shop";
    public static final String ENV = "dev";
    public static final Subject SUBJECT = Subject.of(PROJECT, ENV);
    public static final Instant T0 = Instant.parse("2026-11-21T05:04:00.123Z");
    public static final Instant T1 = Instant.parse("2026-11-21T05:04:02.500Z");
    public static final Instant T2 = Instant.parse("2026-11-21T05:04:09Z");
    public static final String MANIFEST_ID = ManifestSamples.MANIFEST_ID;
    public static final String BASE_MANIFEST_ID = "sha256:" + "0123456789abcdef".repeat(4);
    public static final String CHANGESET_ID = "cs-7f3c2a10";
    public static final String DEPLOYMENT_ID = "dep-41b9e2";
    public static final String RUN_ID = "run-93d1aa";
    public static final String CORRELATION_ID = "5b0f6f0e-4f55-4d7e-9d63-1f1f1f1f1f1f";

    private ContractSamples() {
    }

    public static Manifest manifest() {
        return ManifestSamples.manifest();
    }

    public static Diagnostics rejectedDiagnostics() {
        return Diagnostics.of(
                List.of(Diagnostic.at(DiagnosticCode.MODEL_NOT_FOUND, "Model 'order_clean' not found",
                                "models/metrics.yml", 7, 19, "models[0].sql", "Did you mean 'orders_clean'?"),
                        Diagnostic.at(DiagnosticCode.UNKNOWN_FIELD, "Unknown field 'partition'", "stream_project.yml",
                                12, 5, "defaults.topic.partition", "Did you mean 'partitions'?")),
                List.of(Diagnostic.of(DiagnosticCode.AMBIGUOUS_MATERIALIZATION,
                        "orders_masked is stateless; materialized as flink because no gateway is configured")));
    }

    public static Diagnostics warningsOnly() {
        return Diagnostics.of(List.of(), List.of(Diagnostic.at(DiagnosticCode.SLA_NOT_ENFORCED,
                "SLA of exposure ops_dashboard is documentation only", "exposures/dashboards.yml", 3, 5,
                "exposures[0].sla", null)));
    }

    public static List<Change> changes() {
        Change topic = new Change("c1", ChangeTarget.KAFKA_TOPIC, "shop.orders.clean", ChangeAction.CREATE, null,
                Map.of("name", "shop.orders.clean", "partitions", 6, "replication_factor", 3,
                        "config", Map.of("retention.ms", "604800000", "cleanup.policy", "delete")),
                List.of(new FieldDiff("partitions", null, 6)), false, "new topic", List.of(), null);
        Change schema = new Change("c0", ChangeTarget.SCHEMA, "shop.orders.clean-value", ChangeAction.NONE,
                Map.of("schema_type", "AVRO"), Map.of("schema_type", "AVRO"), List.of(), false, null, List.of(), null);
        Change job = new Change("c2", ChangeTarget.FLINK_JOB, "order_metrics", ChangeAction.UPDATE,
                Map.of("parallelism", 2, "sql", "INSERT INTO order_metrics SELECT ..."),
                Map.of("parallelism", 4, "sql", "INSERT INTO order_metrics SELECT ..."),
                List.of(new FieldDiff("parallelism", 2, 4)), false, "parallelism changed", List.of("c1"),
                Change.STRATEGY_SAVEPOINT);
        Change replaced = new Change("c3", ChangeTarget.KAFKA_TOPIC, "shop.order.metrics", ChangeAction.REPLACE,
                Map.of("config", Map.of("cleanup.policy", "delete")), Map.of("config", Map.of("cleanup.policy", "compact")),
                List.of(new FieldDiff("config.cleanup.policy", "delete", "compact")), true,
                "cleanup.policy cannot change in place", List.of(), null);
        Change blocked = new Change("c4", ChangeTarget.KAFKA_TOPIC, "payments.raw", ChangeAction.BLOCKED,
                Map.of("partitions", 12), Map.of("partitions", 3), List.of(new FieldDiff("partitions", 12, 3)), false,
                Change.REASON_NOT_MANAGED, List.of(), null);
        Change connector = new Change("c5", ChangeTarget.CONNECTOR, "orders_snowflake", ChangeAction.DELETE,
                Map.of("connector_class", "com.snowflake.kafka.connector.SnowflakeSinkConnector"), null, List.of(),
                true, "no longer declared", List.of(), null);
        Change rule = new Change("c6", ChangeTarget.GATEWAY_RULE, "orders_masked", ChangeAction.CREATE, null,
                Map.of("virtual_topic", "orders_masked", "interceptors", List.of(Map.of("type", "sql_filter"))),
                List.of(), false, null, List.of("c1"), null);
        return List.of(schema, topic, rule, job, replaced, blocked, connector);
    }

    public static ChangeSet changeSet() {
        Manifest manifest = ManifestSamples.manifest();
        return new ChangeSet(CHANGESET_ID, PROJECT, ENV, MANIFEST_ID, BASE_MANIFEST_ID, T0, null, changes(),
                manifest.runtime(), manifest.safety());
    }

    public static DeploymentStep succeededStep() {
        return new DeploymentStep("c1", ChangeTarget.KAFKA_TOPIC, "shop.orders.clean", ChangeAction.CREATE,
                StepStatus.SUCCEEDED, T0, T1, null);
    }

    public static DeploymentStep failedStep() {
        return new DeploymentStep("c2", ChangeTarget.FLINK_JOB, "order_metrics", ChangeAction.UPDATE,
                StepStatus.FAILED, T1, T2, "savepoint failed: checkpoint coordinator is suspending");
    }

    public static Deployment deployment() {
        List<DeploymentStep> steps = new ArrayList<>();
        steps.add(succeededStep());
        steps.add(failedStep());
        steps.add(new DeploymentStep("c6", ChangeTarget.GATEWAY_RULE, "orders_masked", ChangeAction.CREATE,
                StepStatus.SKIPPED, null, null, null));
        return new Deployment(DEPLOYMENT_ID, CHANGESET_ID, PROJECT, ENV, DeploymentStatus.FAILED, true, "alice@shop.example",
                T0, T2, steps);
    }

    public static Deployment runningDeployment() {
        return new Deployment(DEPLOYMENT_ID, CHANGESET_ID, PROJECT, ENV, DeploymentStatus.RUNNING, false, null, T0, null,
                List.of(DeploymentStep.pending(changes().get(1))));
    }

    public static TestResult failedTest() {
        return new TestResult("orders_quality", TestType.SAMPLE, TestStatus.FAILED, List.of(
                new AssertionResult("not_null(order_id)", TestStatus.PASSED, 0, 0, List.of()),
                new AssertionResult("range(amount)", TestStatus.FAILED, 2, 0, List.of(
                        Map.of("order_id", "o-17", "amount", -5.5),
                        Map.of("order_id", "o-21", "amount", 1_000_001)))), null);
    }

    public static TestRun testRun() {
        return new TestRun(RUN_ID, PROJECT, ENV, TestRunStatus.FAILED, T0, T2, List.of(
                new TestResult("orders_schema", TestType.SCHEMA, TestStatus.PASSED, List.of(), null),
                failedTest(),
                new TestResult("orders_continuous", TestType.CONTINUOUS, TestStatus.SKIPPED, List.of(), null),
                new TestResult("metrics_freshness", TestType.SAMPLE, TestStatus.ERROR, List.of(),
                        "topic shop.order.metrics unreachable")));
    }

    /** A realistic payload of each event type. */
    public static Object payload(EventType type) {
        return switch (type) {
            case COMPILE_REQUESTED -> new CompileRequested(PROJECT, ManifestSamples.projectFiles(), ENV,
                    Map.of("retention_days", "7"), "ci@shop.example");
            case MANIFEST_COMPILED -> new ManifestCompiled(manifest(), warningsOnly());
            case MANIFEST_REJECTED -> new ManifestRejected(PROJECT, ENV, rejectedDiagnostics());
            case PLAN_REQUESTED -> PlanRequested.forManifest(MANIFEST_ID);
            case CHANGESET_PLANNED -> new ChangeSetPlanned(changeSet());
            case PLAN_FAILED -> new PlanFailed(PROJECT, ENV, MANIFEST_ID, "Kafka unreachable at ${KAFKA_BOOTSTRAP}");
            case DRIFT_DETECTED -> new DriftDetected(PROJECT, ENV, BASE_MANIFEST_ID, List.of(changes().get(3)));
            case APPLY_REQUESTED -> new ApplyRequested(CHANGESET_ID, true, "alice@shop.example");
            case DEPLOYMENT_STARTED -> new DeploymentStarted(runningDeployment());
            case DEPLOYMENT_STEP_SUCCEEDED -> new DeploymentStepSucceeded(DEPLOYMENT_ID, CHANGESET_ID, succeededStep());
            case DEPLOYMENT_STEP_FAILED -> new DeploymentStepFailed(DEPLOYMENT_ID, CHANGESET_ID, failedStep());
            case DEPLOYMENT_SUCCEEDED -> new DeploymentSucceeded(deployment().with(DeploymentStatus.SUCCEEDED, T2));
            case DEPLOYMENT_FAILED -> new DeploymentFailed(deployment(), "step c2 (flink_job order_metrics) failed");
            case DEPLOYMENT_REJECTED -> new DeploymentRejected(CHANGESET_ID, null,
                    "2 destructive changes need approve_destructive");
            case TEST_REQUESTED -> new TestRequested(PROJECT, ENV, List.of("orders_quality"), TestType.SAMPLE);
            case TESTRUN_COMPLETED -> new TestRunCompleted(testRun());
            case TEST_FAILED -> new TestFailed(RUN_ID, "orders_quality", failedTest());
        };
    }

    /** A realistic CloudEvent of each type, at a fixed time. */
    public static CloudEvent<Object> event(EventType type) {
        String source = StreamtServices.source(type.topic().ownerService());
        String causation = type == EventType.COMPILE_REQUESTED ? null : "9a4d1c55-0d8e-4bb5-a3c4-7e0b7c2f0d11";
        return new CloudEvent<>(CloudEvent.SPEC_VERSION, "e-" + type.ordinal() + "-4f1b", source, type, SUBJECT, T1,
                CloudEvent.JSON, CORRELATION_ID, causation, payload(type));
    }

    /** A large manifest's event: the reference the compiler serves it at instead of the manifest itself. */
    public static ManifestCompiled manifestByReference() {
        return ManifestCompiled.byReference(new ManifestRef(MANIFEST_ID, 33_554_432L, "ab".repeat(32),
                "http://compiler-service:8080/api/v1/manifests/" + MANIFEST_ID.replace(":", "%3A")
                        + "?compiled_at=2026-01-31T10%3A15%3A30Z"), warningsOnly());
    }

    /** Every top-level sample, so that every record class is reached from here. */
    public static List<Object> all() {
        List<Object> all = new ArrayList<>(List.of(manifest(), rejectedDiagnostics(), changeSet(), deployment(),
                testRun(), new CompileResponse(manifest(), warningsOnly()),
                new ProjectFiles(ManifestSamples.projectFiles()), new DeploymentAccepted(DEPLOYMENT_ID),
                new TestRunAccepted(RUN_ID), manifestByReference()));
        for (EventType type : EventType.values()) {
            all.add(event(type));
        }
        return all;
    }

    /** One sample instance of every contract record class reachable from {@link #all()}, by class. */
    public static Map<Class<?>, Object> oneOfEveryRecord() {
        Map<Class<?>, Object> found = new LinkedHashMap<>();
        all().forEach(sample -> collect(sample, found));
        return found;
    }

    private static void collect(Object value, Map<Class<?>, Object> found) {
        if (value instanceof Collection<?> collection) {
            collection.forEach(element -> collect(element, found));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(element -> collect(element, found));
        } else if (value != null && value.getClass().isRecord()
                && value.getClass().getName().startsWith("dev.streamt.contracts")) {
            found.putIfAbsent(value.getClass(), value);
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    collect(component.getAccessor().invoke(value), found);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
