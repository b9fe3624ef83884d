package dev.streamt.compiler.core.project;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The places where one block (a model, a source, the runtime, ...) and its fields were written. Keys are canonical
 * field paths relative to the block ({@code sql}, {@code advanced.flink.state_ttl_ms}, {@code columns[0].name},
 * {@code advanced.topic.config['retention.ms']}); each maps to the span of the key as written (for list items, of the
 * item), whose {@link Span#path()} is the path as written in the file.
 */
public final class Positions {

    private final Span root;
    private final Map<String, Span> fields;

    private Positions(Span root, Map<String, Span> fields) {
        this.root = Objects.requireNonNull(root, "root");
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** Positions with only a root. */
    public static Positions of(Span root) {
        return new Positions(root, new HashMap<>());
    }

    /** A builder for the fields of a block starting at {@code root}. */
    public static Builder builder(Span root) {
        return new Builder(root);
    }

    /** Where the block starts. */
    public Span root() {
        return root;
    }

    /** Where {@code field} was written, else its nearest written ancestor, else {@link #root()}. */
    public Span of(String field) {
        String current = field == null ? "" : field;
        while (!current.isEmpty()) {
            Span span = fields.get(current);
            if (span != null) {
                return span;
            }
            current = parentOf(current);
        }
        return root;
    }

    /** Where {@code field} itself was written, if it was. */
    public Optional<Span> exact(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** Every recorded field. */
    public Map<String, Span> fields() {
        return fields;
    }

    static String parentOf(String path) {
        if (path.endsWith("']")) {
            int open = path.lastIndexOf("['");
            return open <= 0 ? "" : path.substring(0, open);
        }
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Positions that && root.equals(that.root) && fields.equals(that.fields);
    }

    @Override
    public int hashCode() {
        return root.hashCode() * 31 + fields.hashCode();
    }

    @Override
    public String toString() {
        return "Positions[" + root.location() + ", " + fields.size() + " fields]";
    }

    /** Collects field positions while a block is read; the first position recorded for a field wins. */
    public static final class Builder {
        private final Span root;
        private final Map<String, Span> fields = new HashMap<>();

        private Builder(Span root) {
            this.root = Objects.requireNonNull(root, "root");
        }

        /** Records where {@code field} was written, unless already recorded. */
        public Builder put(String field, Span span) {
            fields.putIfAbsent(field, span);
            return this;
        }

        public Span root() {
            return root;
        }

        public Positions build() {
            return new Positions(root, new HashMap<>(fields));
        }
    }
}
