package dev.streamt.compiler.core.project;

import java.util.Objects;

/**
 * A reference to an input written in YAML: {@code {source: name}}, {@code {ref: name}} (a model, possibly
 * {@code project.model}), or a bare name whose kind the DAG stage decides ({@code from: orders_clean}).
 */
public record InputRef(Kind kind, String name, Span span) {

    /** What the reference names. */
    public enum Kind {
        SOURCE, REF, ANY
    }

    public InputRef {
        Objects.requireNonNull(kind, "kind");
        Immutable.name(name, "reference name");
        Objects.requireNonNull(span, "span");
    }
}
