package dev.streamt.compiler.core.project;

/**
 * Something declared in the project that knows where each of its fields was written, so that later stages (Jinja,
 * SQL, DAG, rules) report a problem at the exact YAML line.
 */
public interface Located {

    /** Where this block and each of its fields were written. */
    Positions positions();

    /** Where the block itself starts (for a list item: the first key of the item). */
    default Span span() {
        return positions().root();
    }

    /**
     * Where {@code field} was written, given as a path relative to this block in the canonical form of the typed
     * model (like {@code advanced.topic.partitions}, {@code columns[1].classification}, even when the project used
     * the shorthand {@code topic.partitions}); the nearest written ancestor, or {@link #span()}, when the field itself
     * was not written.
     */
    default Span spanOf(String field) {
        return positions().of(field);
    }
}
