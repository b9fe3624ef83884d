package dev.streamt.compiler.core.jinja;

import java.util.Objects;

/**
 * A {@code source()} or {@code ref()} call that rendering actually made: the model's dependencies are exactly these.
 *
 * @param name   the name as written: a source or model name, or {@code project.model} for another project's model
 * @param line   1-based line of the call inside the template
 * @param column 1-based column of the call inside the template (1 when the engine does not tell)
 */
public record TemplateReference(Kind kind, String name, int line, int column) {

    /** Which function was called. */
    public enum Kind {
        SOURCE,
        REF
    }

    public TemplateReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: line " + line + ", column " + column);
        }
    }

    /** For {@code ref("project.model")}: the project; null for a model of this project and for sources. */
    public String project() {
        int dot = name.indexOf('.');
        return kind == Kind.REF && dot > 0 ? name.substring(0, dot) : null;
    }

    /** The source or model name without its project. */
    public String localName() {
        int dot = name.indexOf('.');
        return kind == Kind.REF && dot > 0 ? name.substring(dot + 1) : name;
    }
}
