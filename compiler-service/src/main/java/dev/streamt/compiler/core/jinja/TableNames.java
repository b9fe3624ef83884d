package dev.streamt.compiler.core.jinja;

/** The Flink table name a {@code source()} or {@code ref()} renders to. Pure. */
public final class TableNames {

    private TableNames() {
    }

    /** A node's own name; {@code project.model} becomes {@code project__model} (a dot would read as a catalog path). */
    public static String of(TemplateReference.Kind kind, String name) {
        if (kind == TemplateReference.Kind.REF && name.indexOf('.') > 0) {
            return name.replace(".", "__");
        }
        return name;
    }
}
