package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.InputUsage;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.compiler.core.sql.analysis.TableReference;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.HashSet;
import java.util.Set;

/**
 * UNUSED_FROM_SOURCE / UNUSED_FROM_REF (warnings): an input a model with SQL declares but its parsed SQL never reads.
 * <ul>
 * <li>an entry of the model's {@code from} list that no FROM clause of the SQL reads, reported at the entry;</li>
 * <li>a {@code source()} / {@code ref()} call that rendering made (so it is a dependency in the DAG) while the SQL
 * never reads the table (the call sits in a comment or a string, say): {@link SqlAnalysis#unusedInputs()} restricted
 * to the model's dependencies, reported at the SQL.</li>
 * </ul>
 * Sinks without SQL are not checked: their {@code from} is what they export. An input is reported once.
 */
final class UnusedFromRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        for (ModelPlan plan : context.plan().models()) {
            ModelDefinition model = plan.definition();
            SqlAnalysis analysis = plan.analysis();
            if (model.sql() == null || analysis == null || !analysis.parsed()) {
                continue;
            }
            Set<String> read = readNodes(analysis);
            Set<String> reported = new HashSet<>();
            for (InputRef input : model.from()) {
                String node = Inputs.nodeIdOf(input, context.project());
                if (node != null && !read.contains(node) && reported.add(node)) {
                    Span at = input.kind() == InputRef.Kind.ANY ? input.span()
                            : Spans.insideItem(model, input.span(), input.kind() == InputRef.Kind.SOURCE ? "source"
                                    : "ref");
                    report(model, node, "lists " + describe(node) + " in from", at, findings);
                }
            }
            for (InputRelation unused : analysis.unusedInputs()) {
                String node = unused.nodeId();
                if (plan.dependsOn().contains(node) && !read.contains(node) && reported.add(node)) {
                    report(model, node, "calls " + call(node), Spans.firstWritten(model, "sql", "name"), findings);
                }
            }
        }
    }

    private static Set<String> readNodes(SqlAnalysis analysis) {
        Set<String> read = new HashSet<>();
        for (TableReference table : analysis.tables()) {
            if (table.nodeId() != null) {
                read.add(table.nodeId());
            }
        }
        for (InputUsage usage : analysis.inputUsages()) {
            read.add(usage.input().nodeId());
        }
        return read;
    }

    private static void report(ModelDefinition model, String node, String what, Span at, Findings findings) {
        boolean source = isSource(node);
        findings.add(at.diagnostic(source ? DiagnosticCode.UNUSED_FROM_SOURCE : DiagnosticCode.UNUSED_FROM_REF,
                "Model '" + model.name() + "' " + what + ", but its SQL never reads it",
                "Read it in the SQL with {{ " + call(node) + " }}, or remove it from the model."));
    }

    private static boolean isSource(String node) {
        int colon = node.indexOf(':');
        return node.startsWith("source.", colon + 1);
    }

    /** {@code source 'x'} or {@code model 'x'} (or {@code model 'p.x'} of another project). */
    private static String describe(String node) {
        return (isSource(node) ? "source '" : "model '") + name(node) + "'";
    }

    /** {@code source('x')} or {@code ref('x')} (or {@code ref('p.x')}). */
    private static String call(String node) {
        return (isSource(node) ? "source('" : "ref('") + name(node) + "')";
    }

    private static String name(String node) {
        int colon = node.indexOf(':');
        String local = node.substring(node.indexOf('.', colon + 1) + 1);
        return colon < 0 ? local : node.substring(0, colon) + "." + local;
    }
}
