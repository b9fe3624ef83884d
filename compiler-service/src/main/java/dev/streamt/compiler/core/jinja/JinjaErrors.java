package dev.streamt.compiler.core.jinja;

import com.hubspot.jinjava.interpret.TemplateError;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns jinjava's template errors into render problems with the project's diagnostic codes. Pure. */
final class JinjaErrors {

    private JinjaErrors() {
    }

    static RenderProblem toProblem(TemplateError error) {
        String message = error.getMessage() == null ? "template error" : error.getMessage();
        int line = Math.max(1, error.getLineno());
        int column = Math.max(1, error.getStartPosition());
        java.util.Optional<String> overBudget = JinjaRenderer.overBudgetIn(error.getException());
        if (overBudget.isPresent()) {
            return new RenderProblem(DiagnosticCode.JINJA_RENDER_ERROR, overBudget.get(), line, column,
                    "Simplify the template: loops and output are bounded to keep compiles fast");
        }
        TemplateError.ErrorReason reason = error.getReason();
        if (reason == TemplateError.ErrorReason.SYNTAX_ERROR || reason == TemplateError.ErrorReason.DISABLED) {
            return new RenderProblem(DiagnosticCode.JINJA_SYNTAX_ERROR, message, line, column,
                    reason == TemplateError.ErrorReason.DISABLED
                            ? "Only source(), ref(), var(), filters and control tags are available in model SQL"
                            : "Check the {{ }} and {% %} delimiters and that every block tag is closed");
        }
        if (reason == TemplateError.ErrorReason.UNKNOWN && error.getFieldName() != null) {
            return new RenderProblem(DiagnosticCode.UNDEFINED_VARIABLE,
                    "'" + error.getFieldName() + "' is not defined", line, column,
                    "Read project variables with var('" + error.getFieldName() + "')");
        }
        return new RenderProblem(DiagnosticCode.JINJA_RENDER_ERROR, message, line, column, null);
    }

    /** Problems once each, in the order found: jinjava may report one failure at several nesting levels. */
    static List<RenderProblem> distinct(List<RenderProblem> problems) {
        Set<String> seen = new LinkedHashSet<>();
        List<RenderProblem> result = new ArrayList<>();
        for (RenderProblem p : problems) {
            if (seen.add(p.code() + "|" + p.line() + "|" + p.message())) {
                result.add(p);
            }
        }
        return result;
    }
}
