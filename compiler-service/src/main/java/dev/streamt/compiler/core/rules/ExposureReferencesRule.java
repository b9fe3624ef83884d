package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.ExposureDefinition;
import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.List;

/**
 * The {@code {source|ref}} entries of an exposure name declared nodes: in {@code produces} and {@code consumes} an
 * unknown {@code source} is EXPOSURE_SOURCE_NOT_FOUND and an unknown {@code ref} EXPOSURE_MODEL_NOT_FOUND; any
 * unknown entry of {@code depends_on} is EXPOSURE_DEPENDENCY_NOT_FOUND. Each is reported at the name, with "Did you
 * mean" (or, when the name is declared as the other kind, how to write it). A {@code ref: project.model} of another
 * project is not checked here: it resolves against that project's manifest.
 */
final class ExposureReferencesRule implements ProjectRule {

    @Override
    public void check(RuleContext context, Findings findings) {
        ProjectDefinition project = context.project();
        for (ExposureDefinition exposure : project.exposures()) {
            check(project, exposure, "produces", exposure.produces(), false, findings);
            check(project, exposure, "consumes", exposure.consumes(), false, findings);
            check(project, exposure, "depends_on", exposure.dependsOn(), true, findings);
        }
    }

    private static void check(ProjectDefinition project, ExposureDefinition exposure, String field,
            List<InputRef> refs, boolean dependency, Findings findings) {
        for (InputRef ref : refs) {
            boolean source = ref.kind() == InputRef.Kind.SOURCE;
            boolean crossProject = !source && ref.name().indexOf('.') > 0;
            if (crossProject || (source ? project.source(ref.name()) : project.model(ref.name())).isPresent()) {
                continue;
            }
            String kind = source ? "source" : "model";
            DiagnosticCode code = dependency ? DiagnosticCode.EXPOSURE_DEPENDENCY_NOT_FOUND
                    : source ? DiagnosticCode.EXPOSURE_SOURCE_NOT_FOUND : DiagnosticCode.EXPOSURE_MODEL_NOT_FOUND;
            Span at = Spans.insideItem(exposure, ref.span(), source ? "source" : "ref");
            findings.add(at.diagnostic(code, "Exposure '" + exposure.name() + "' " + verb(field) + " " + kind + " '"
                    + ref.name() + "', which is not declared", hint(project, ref, source)));
        }
    }

    private static String verb(String field) {
        switch (field) {
            case "produces":
                return "produces";
            case "consumes":
                return "consumes";
            default:
                return "depends on";
        }
    }

    private static String hint(ProjectDefinition project, InputRef ref, boolean source) {
        if (source && project.model(ref.name()).isPresent()) {
            return "'" + ref.name() + "' is a model: write {ref: " + ref.name() + "}.";
        }
        if (!source && project.source(ref.name()).isPresent()) {
            return "'" + ref.name() + "' is a source: write {source: " + ref.name() + "}.";
        }
        return source ? Names.didYouMean(ref.name(), project.sourceNames(), Names.declared("sources",
                project.sourceNames()))
                : Names.didYouMean(ref.name(), project.modelNames(), Names.declared("models", project.modelNames()));
    }
}
