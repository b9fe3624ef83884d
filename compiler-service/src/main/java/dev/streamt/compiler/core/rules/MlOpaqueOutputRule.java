package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.sql.analysis.MlModelUse;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * ML_PREDICT_OPAQUE_OUTPUT (warning): an ML_PREDICT / ML_EVALUATE call whose ML model has no {@code ml_outputs} on
 * the calling model: its result is typed as an opaque {@code ROW<output STRING>}, so downstream types and tests cannot
 * rely on it. One warning per ML model and function, at its first call in the SQL.
 */
final class MlOpaqueOutputRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        for (ModelPlan plan : context.plan().models()) {
            if (plan.analysis() == null) {
                continue;
            }
            ModelDefinition model = plan.definition();
            Set<String> reported = new LinkedHashSet<>();
            for (MlModelUse use : plan.analysis().mlModels()) {
                if (use.outputsKnown() || declared(model, use.model())
                        || !reported.add(use.function() + "/" + use.model())) {
                    continue;
                }
                String what = use.model() == null ? "an ML model" : "ML model '" + use.model() + "'";
                String key = use.model() == null ? "<model>" : use.model();
                findings.add(Spans.inSql(plan, use.line(), use.column()).diagnostic(
                        DiagnosticCode.ML_PREDICT_OPAQUE_OUTPUT, "Model '" + model.name() + "' calls " + use.function()
                                + " on " + what + " without declared outputs: the result is an opaque "
                                + "ROW<output STRING>",
                        "Declare the outputs on the model: ml_outputs: {" + key + ": {<column>: <TYPE>}}."));
            }
        }
    }

    private static boolean declared(ModelDefinition model, String mlModel) {
        if (mlModel == null) {
            return false;
        }
        for (String name : model.mlOutputs().keySet()) {
            if (name.toLowerCase(Locale.ROOT).equals(mlModel.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
