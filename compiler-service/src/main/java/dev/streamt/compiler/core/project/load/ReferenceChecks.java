package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Defaults;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.compiler.core.project.runtime.RuntimeConfig;
import dev.streamt.runtime.text.DidYouMean;
import java.util.Set;

/** Checks that cluster names used by models, tests and defaults are declared under {@code runtime.flink.clusters}. */
final class ReferenceChecks {

    private ReferenceChecks() {
    }

    static void flinkClusters(BindContext ctx, RuntimeConfig runtime, Defaults defaults, DefinitionCollector all) {
        if (runtime.flink() == null || runtime.flink().clusters().isEmpty()) {
            return;
        }
        Set<String> declared = runtime.flink().clusters().keySet();
        check(ctx, declared, defaults.testsFlinkCluster(), defaults.spanOf("tests.flink_cluster"));
        for (ModelDefinition model : all.models) {
            if (model.flink() != null) {
                check(ctx, declared, model.flink().cluster(), model.spanOf("advanced.flink.cluster"));
            }
        }
        for (TestDefinition test : all.tests) {
            check(ctx, declared, test.flinkCluster(), test.spanOf("flink_cluster"));
        }
    }

    private static void check(BindContext ctx, Set<String> declared, String name, Span at) {
        if (name == null || declared.contains(name) || name.contains("${")) {
            return;
        }
        String hint = DidYouMean.hint(name, declared);
        ctx.problems.invalid(at, "Flink cluster '" + name + "' is not declared under runtime.flink.clusters",
                hint != null ? hint : "Declared clusters: " + String.join(", ", declared) + ".");
    }
}
