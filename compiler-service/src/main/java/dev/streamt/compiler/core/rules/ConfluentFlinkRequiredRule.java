package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.runtime.FlinkCluster;
import dev.streamt.compiler.core.project.runtime.FlinkClusterType;
import dev.streamt.compiler.core.project.runtime.FlinkRuntime;
import dev.streamt.compiler.core.sql.analysis.MlModelUse;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.Optional;

/**
 * CONFLUENT_FLINK_REQUIRED: ML_PREDICT and ML_EVALUATE exist only on Confluent Cloud Flink, so a model calling them
 * must run on a cluster of {@code type: confluent}. The cluster is the model's {@code advanced.flink.cluster}, else
 * {@code defaults.models.cluster} when it names a Flink cluster, else {@code runtime.flink.default} (or the only
 * cluster); when none of these decides, the project needs at least one Confluent cluster. Without any Flink cluster
 * FLINK_REQUIRED is reported instead. Reported at the model's {@code advanced.flink.cluster}, else at the (first) ML
 * call in its SQL.
 */
final class ConfluentFlinkRequiredRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        FlinkRuntime flink = context.project().runtime().flink();
        if (!context.project().runtime().hasFlink()) {
            return;
        }
        for (ModelPlan plan : context.plan().models()) {
            if (plan.analysis() == null || plan.analysis().mlModels().isEmpty()) {
                continue;
            }
            ModelDefinition model = plan.definition();
            String function = plan.analysis().mlModels().get(0).function();
            String named = model.flink() == null ? null : model.flink().cluster();
            Optional<FlinkCluster> cluster = named != null ? flink.cluster(named)
                    : flink.cluster(context.project().defaults().modelsCluster()).or(flink::effectiveDefault);
            String problem;
            if (cluster.isPresent()) {
                if (cluster.get().type() == FlinkClusterType.CONFLUENT) {
                    continue;
                }
                problem = "it runs on Flink cluster '" + cluster.get().name() + "' of type "
                        + cluster.get().type().wireValue();
            } else if (named != null || anyConfluent(flink)) {
                // An undeclared cluster name was reported by the loader; with several clusters and no default, the
                // artifact stage decides, and a Confluent cluster exists to choose.
                continue;
            } else {
                problem = "runtime.flink declares no cluster of type confluent";
            }
            MlModelUse call = plan.analysis().mlModels().get(0);
            Span at = Spans.exact(model, "advanced.flink.cluster")
                    .orElseGet(() -> Spans.inSql(plan, call.line(), call.column()));
            findings.add(at.diagnostic(
                    DiagnosticCode.CONFLUENT_FLINK_REQUIRED, "Model '" + model.name() + "' calls " + function
                            + ", which only Confluent Cloud Flink provides, but " + problem,
                    "Declare a cluster with type: confluent (environment, api_key) under runtime.flink.clusters and "
                            + "run the model there (advanced.flink.cluster or runtime.flink.default)."));
        }
    }

    private static boolean anyConfluent(FlinkRuntime flink) {
        for (FlinkCluster cluster : flink.clusters().values()) {
            if (cluster.type() == FlinkClusterType.CONFLUENT) {
                return true;
            }
        }
        return false;
    }
}
