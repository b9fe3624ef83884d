package dev.streamt.compiler.core.jinja;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What rendering one template produced: the SQL (meaningful only without problems), the references it made in call
 * order, the variables it read, and every problem found.
 */
public record RenderResult(String output, List<TemplateReference> references, Set<String> variablesRead,
        List<RenderProblem> problems) {

    public RenderResult {
        output = output == null ? "" : output;
        references = List.copyOf(references);
        variablesRead = Set.copyOf(new TreeSet<>(variablesRead));
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
