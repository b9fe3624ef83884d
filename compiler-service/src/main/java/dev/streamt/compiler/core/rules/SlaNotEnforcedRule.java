package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.Assertion;
import dev.streamt.compiler.core.project.ExposureDefinition;
import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.Sla;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.testing.TestType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * SLA_NOT_ENFORCED (warning): an exposure's SLA value that streamt could monitor, but nothing in the project does.
 * streamt monitors data with continuous tests, so
 * <ul>
 * <li>{@code sla.max_lag_seconds} and {@code sla.freshness_seconds} need a continuous test with a {@code max_lag}
 * assertion, and</li>
 * <li>{@code sla.throughput_per_second} a continuous test with a {@code throughput} assertion,</li>
 * </ul>
 * on one of the declared sources or models the exposure produces, consumes or depends on. The other SLA values
 * ({@code availability}, {@code max_end_to_end_latency_ms}, {@code latency_p99_ms}) describe the exposure itself,
 * which streamt cannot observe: they are documentation and never warned about, since no change to the project could
 * silence the warning. An exposure naming no declared node is not reported either. Reported at the SLA key.
 */
final class SlaNotEnforcedRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        ProjectDefinition project = context.project();
        for (ExposureDefinition exposure : project.exposures()) {
            Sla sla = exposure.sla();
            Set<String> nodes = declaredNodes(exposure, project);
            if (sla == null || nodes.isEmpty()) {
                continue;
            }
            List<TestDefinition> monitors = continuousTests(project, nodes);
            boolean lagChecked = has(monitors, Assertion.MaxLag.class);
            if (sla.maxLagSeconds() != null && !lagChecked) {
                report(exposure, "max_lag_seconds", sla.maxLagSeconds(), "the lag", "max_lag", nodes, findings);
            }
            if (sla.freshnessSeconds() != null && !lagChecked) {
                report(exposure, "freshness_seconds", sla.freshnessSeconds(), "the lag", "max_lag", nodes, findings);
            }
            if (sla.throughputPerSecond() != null && !has(monitors, Assertion.Throughput.class)) {
                report(exposure, "throughput_per_second", sla.throughputPerSecond().toPlainString(), "the throughput",
                        "throughput", nodes, findings);
            }
        }
    }

    /** The names of the declared sources and models the exposure is about, in written order. */
    private static Set<String> declaredNodes(ExposureDefinition exposure, ProjectDefinition project) {
        List<InputRef> refs = new ArrayList<>(exposure.produces());
        refs.addAll(exposure.consumes());
        refs.addAll(exposure.dependsOn());
        Set<String> nodes = new LinkedHashSet<>();
        for (InputRef ref : refs) {
            boolean declared = ref.kind() == InputRef.Kind.SOURCE ? project.source(ref.name()).isPresent()
                    : project.model(ref.name()).isPresent();
            if (declared) {
                nodes.add(ref.name());
            }
        }
        return nodes;
    }

    private static List<TestDefinition> continuousTests(ProjectDefinition project, Set<String> nodes) {
        List<TestDefinition> tests = new ArrayList<>();
        for (TestDefinition test : project.tests()) {
            if (test.type() == TestType.CONTINUOUS && nodes.contains(test.model())) {
                tests.add(test);
            }
        }
        return tests;
    }

    private static boolean has(List<TestDefinition> tests, Class<? extends Assertion> kind) {
        for (TestDefinition test : tests) {
            for (Assertion assertion : test.assertions()) {
                if (kind.isInstance(assertion)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void report(ExposureDefinition exposure, String key, Object value, String what, String assertion,
            Set<String> nodes, Findings findings) {
        findings.add(exposure.spanOf("sla." + key).diagnostic(DiagnosticCode.SLA_NOT_ENFORCED, "Exposure '"
                + exposure.name() + "' has sla." + key + " " + value + ", but no continuous test checks " + what
                + " of " + Names.quotedList(nodes),
                "Add a continuous test on '" + nodes.iterator().next() + "' with a " + assertion
                        + " assertion, so the SLA is monitored."));
    }
}
