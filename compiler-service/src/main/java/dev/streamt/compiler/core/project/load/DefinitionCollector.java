package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.ExposureDefinition;
import dev.streamt.compiler.core.project.Located;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.SourceDefinition;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.TestDefinition;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Gathers the {@code sources}, {@code models}, {@code tests} and {@code exposures} lists of every file in merge order,
 * keeping the first definition of each name and reporting later ones ({@code DUPLICATE_*}, at the second one's name,
 * naming where the first is).
 */
final class DefinitionCollector {

    static final List<String> LISTS = List.of("sources", "models", "tests", "exposures");

    private final BindContext ctx;
    final List<SourceDefinition> sources = new ArrayList<>();
    final List<ModelDefinition> models = new ArrayList<>();
    final List<TestDefinition> tests = new ArrayList<>();
    final List<ExposureDefinition> exposures = new ArrayList<>();
    private final Map<String, Map<String, Span>> firstByKind = new HashMap<>();

    DefinitionCollector(BindContext ctx) {
        this.ctx = ctx;
    }

    /** Reads the four lists of one file. */
    void collect(Fields file) {
        collect(file, "sources", SourceBinder::bind, sources, DiagnosticCode.DUPLICATE_SOURCE, "Source");
        collect(file, "models", ModelBinder::bind, models, DiagnosticCode.DUPLICATE_MODEL, "Model");
        collect(file, "tests", TestBinder::bind, tests, DiagnosticCode.DUPLICATE_TEST, "Test");
        collect(file, "exposures", ExposureBinder::bind, exposures, DiagnosticCode.DUPLICATE_EXPOSURE, "Exposure");
    }

    private <T extends Located> void collect(Fields file, String key, BiFunction<BindContext, YamlItem, T> binder,
            List<T> into, DiagnosticCode duplicate, String kind) {
        Map<String, Span> first = firstByKind.computeIfAbsent(key, k -> new HashMap<>());
        for (YamlItem item : file.items(key)) {
            T definition = binder.apply(ctx, item);
            if (definition == null) {
                continue;
            }
            String name = nameOf(definition);
            Span here = definition.spanOf("name");
            Span earlier = first.putIfAbsent(name, here);
            if (earlier != null) {
                ctx.problems.add(duplicate, here, kind + " '" + name + "' is defined twice: first at "
                        + earlier.location() + " (" + earlier.path() + ")",
                        "Rename or remove one of the two " + kind.toLowerCase(java.util.Locale.ROOT) + "s.");
            } else {
                into.add(definition);
            }
        }
    }

    private static String nameOf(Located definition) {
        if (definition instanceof SourceDefinition source) {
            return source.name();
        }
        if (definition instanceof ModelDefinition model) {
            return model.name();
        }
        if (definition instanceof TestDefinition test) {
            return test.name();
        }
        return ((ExposureDefinition) definition).name();
    }
}
