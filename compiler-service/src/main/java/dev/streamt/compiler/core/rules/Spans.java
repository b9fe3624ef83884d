package dev.streamt.compiler.core.rules;

import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.Located;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.SqlText;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finding the place to report at: the YAML key that set a value, else the nearest place that explains it. */
final class Spans {

    /** Keys the loader writes as {@code parent.key}; others (like {@code retention.ms}) as {@code parent['key']}. */
    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z0-9_-]+");

    private Spans() {
    }

    /** The canonical path of {@code key} under {@code parent}, as the loader records positions. */
    static String child(String parent, String key) {
        if (SIMPLE_KEY.matcher(key).matches()) {
            return parent.isEmpty() ? key : parent + "." + key;
        }
        return parent + "['" + key.replace("'", "\\'") + "']";
    }

    /** Where {@code field} of {@code block} was written, if it was (no fallback to an ancestor). */
    static Optional<Span> exact(Located block, String field) {
        return block.positions().exact(field);
    }

    /** The first of {@code fields} that was written, else the block itself. */
    static Span firstWritten(Located block, String... fields) {
        for (String field : fields) {
            Optional<Span> span = exact(block, field);
            if (span.isPresent()) {
                return span.get();
            }
        }
        return block.span();
    }

    /**
     * A field written inside a list item of {@code block} (like the {@code model} of a {@code dlq} action, recorded
     * as {@code on_failure[1].dlq.model}): the span of the key {@code <item>.<suffix>} where {@code <item>} is the
     * item written at {@code item}; else {@code item} itself.
     */
    static Span insideItem(Located block, Span item, String suffix) {
        String tail = "." + suffix;
        for (Map.Entry<String, Span> field : block.positions().fields().entrySet()) {
            String key = field.getKey();
            if (key.endsWith(tail)) {
                Optional<Span> owner = exact(block, key.substring(0, key.length() - tail.length()));
                if (owner.isPresent() && owner.get().equals(item)) {
                    return field.getValue();
                }
            }
        }
        return item;
    }

    /**
     * The file position of {@code line} / {@code column} of a model's rendered SQL (an ML call, say). Exact when the
     * rendered SQL is the written one up to that place (no Jinja before it, so nothing shifted); else the model's
     * {@code sql} key, rather than a guess.
     */
    static Span inSql(ModelPlan plan, int line, int column) {
        SqlText sql = plan.definition().sql();
        Span whole = firstWritten(plan.definition(), "sql", "name");
        String rendered = plan.renderedSql();
        if (sql == null || rendered == null) {
            return whole;
        }
        int offset = offsetOf(rendered, line, column);
        if (offset < 0 || offset > sql.text().length() || !sql.text().regionMatches(0, rendered, 0, offset)) {
            return whole;
        }
        return sql.positionOfOffset(offset);
    }

    /** The 0-based offset of a 1-based line and column in {@code text}, or -1 when out of range. */
    static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int current = 1; current < line; current++) {
            int next = text.indexOf('\n', offset);
            if (next < 0) {
                return -1;
            }
            offset = next + 1;
        }
        int lineEnd = text.indexOf('\n', offset);
        int end = lineEnd < 0 ? text.length() : lineEnd;
        return column >= 1 && offset + column - 1 <= end ? offset + column - 1 : -1;
    }
}
