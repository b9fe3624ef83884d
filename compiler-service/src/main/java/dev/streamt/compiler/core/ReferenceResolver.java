package dev.streamt.compiler.core;

import dev.streamt.compiler.core.jinja.TemplateReference;
import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.SourceDefinition;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.AccessLevel;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.Model;
import dev.streamt.runtime.text.DidYouMean;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the names a model reads ({@code source()}, {@code ref()}, {@code from}) to inputs, reporting
 * SOURCE_NOT_FOUND / MODEL_NOT_FOUND with "Did you mean" and ACCESS_DENIED for another project's model. Asks for each
 * other project's manifest once. One instance per compilation; not thread-safe.
 */
final class ReferenceResolver {

    private final ProjectDefinition project;
    private final ForeignManifests foreign;
    private final Findings findings;
    private final Map<String, Optional<Manifest>> foreignManifests = new HashMap<>();

    ReferenceResolver(ProjectDefinition project, ForeignManifests foreign, Findings findings) {
        this.project = project;
        this.foreign = foreign;
        this.findings = findings;
    }

    /** A {@code source()} / {@code ref()} call made while rendering, at its position in the YAML. */
    Optional<ResolvedInput> resolve(TemplateReference reference, String readerGroup, Span at) {
        if (reference.kind() == TemplateReference.Kind.SOURCE) {
            return source(reference.name(), at);
        }
        return reference.project() != null
                ? foreignModel(reference.project(), reference.localName(), readerGroup, at)
                : model(reference.name(), at);
    }

    /** An entry of a model's {@code from} list (or an exposure's inputs). */
    Optional<ResolvedInput> resolve(InputRef ref, String readerGroup) {
        switch (ref.kind()) {
            case SOURCE:
                return source(ref.name(), ref.span());
            case REF:
                int dot = ref.name().indexOf('.');
                return dot > 0
                        ? foreignModel(ref.name().substring(0, dot), ref.name().substring(dot + 1), readerGroup, ref.span())
                        : model(ref.name(), ref.span());
            default:
                if (project.modelNames().contains(ref.name())) {
                    return Optional.of(ResolvedInput.model(ref.name()));
                }
                if (project.sourceNames().contains(ref.name())) {
                    return source(ref.name(), ref.span());
                }
                return model(ref.name(), ref.span());
        }
    }

    private Optional<ResolvedInput> source(String name, Span at) {
        Optional<SourceDefinition> source = project.source(name);
        if (source.isEmpty()) {
            findings.add(at.diagnostic(DiagnosticCode.SOURCE_NOT_FOUND,
                    "Source '" + name + "' not found." + DidYouMean.suffix(name, project.sourceNames()),
                    "Declare it under sources: or fix the name in source('" + name + "')"));
        }
        return source.map(ResolvedInput::source);
    }

    private Optional<ResolvedInput> model(String name, Span at) {
        if (project.modelNames().contains(name)) {
            return Optional.of(ResolvedInput.model(name));
        }
        findings.add(at.diagnostic(DiagnosticCode.MODEL_NOT_FOUND,
                "Model '" + name + "' not found." + DidYouMean.suffix(name, project.modelNames()),
                project.sourceNames().contains(name)
                        ? "'" + name + "' is a source: read it with source('" + name + "')"
                        : "Declare the model or fix the name in ref('" + name + "')"));
        return Optional.empty();
    }

    private Optional<ResolvedInput> foreignModel(String otherProject, String name, String readerGroup, Span at) {
        Optional<Manifest> manifest = foreignManifests.computeIfAbsent(otherProject,
                p -> foreign.latest(p, project.environmentName()));
        if (manifest.isEmpty()) {
            findings.add(at.diagnostic(DiagnosticCode.MODEL_NOT_FOUND,
                    "Model '" + otherProject + "." + name + "' not found: project '" + otherProject
                            + "' has no compiled manifest",
                    "Compile project '" + otherProject + "' first; cross-project refs read its latest manifest"));
            return Optional.empty();
        }
        Optional<Model> model = manifest.get().model(name);
        if (model.isEmpty()) {
            findings.add(at.diagnostic(DiagnosticCode.MODEL_NOT_FOUND,
                    "Model '" + name + "' not found in project '" + otherProject + "'."
                            + DidYouMean.suffix(name, manifest.get().models().stream().map(Model::name).toList()),
                    null));
            return Optional.empty();
        }
        if (!visibleFromOtherProject(model.get())) {
            Model m = model.get();
            findings.add(at.diagnostic(DiagnosticCode.ACCESS_DENIED,
                    "Model '" + otherProject + "." + name + "' (access " + m.access().level().wireValue()
                            + (m.group() == null ? "" : ", group '" + m.group() + "'") + ") cannot be read from project '"
                            + project.project().name() + "'"
                            + (project.project().group() == null ? "" : " (group '" + project.project().group() + "')"),
                    "Ask its owners to make it public, or to allow group '" + project.project().group() + "'"));
            return Optional.empty();
        }
        return Optional.of(ResolvedInput.foreign(otherProject, model.get()));
    }

    /** Another project reads public models, and protected ones that allow its group. */
    private boolean visibleFromOtherProject(Model model) {
        AccessLevel level = model.access().level();
        String group = project.project().group();
        return level == AccessLevel.PUBLIC
                || (level == AccessLevel.PROTECTED && group != null && model.access().allowedGroups().contains(group));
    }
}
