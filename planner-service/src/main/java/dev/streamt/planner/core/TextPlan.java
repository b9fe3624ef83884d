package dev.streamt.planner.core;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeAction;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.changeset.ChangeSummary;
import dev.streamt.contracts.changeset.FieldDiff;
import java.util.Map;

/**
 * A change set as a person reads it in a terminal or a CI log, terraform style: one line per change with its symbol
 * ({@code +} create, {@code ~} update, {@code -/+} replace, {@code -} delete, {@code !} blocked), the field diffs
 * under it ({@code partitions: 3 → 6}), destructive changes marked, and a summary line. Unchanged resources are only
 * counted. Pure function; thread-safe.
 */
public final class TextPlan {

    private TextPlan() {
    }

    public static String render(ChangeSet changeSet) {
        StringBuilder out = new StringBuilder();
        out.append("Plan ").append(changeSet.id()).append(" for ").append(changeSet.project()).append(" (environment ")
                .append(changeSet.environment() == null ? "default" : changeSet.environment()).append(")\n");
        out.append("Manifest ").append(changeSet.manifestId());
        if (changeSet.baseManifestId() != null) {
            out.append(", last applied ").append(changeSet.baseManifestId());
        }
        out.append("\n\n");
        ChangeSummary summary = changeSet.summary();
        if (!summary.hasWork() && summary.blocked() == 0) {
            out.append("No changes. The running infrastructure matches manifest ").append(changeSet.manifestId())
                    .append(".\n");
            return out.toString();
        }
        for (Change change : changeSet.changes()) {
            if (change.action() != ChangeAction.NONE) {
                renderChange(out, change);
            }
        }
        out.append("Plan: ").append(summary.create()).append(" to create, ").append(summary.update())
                .append(" to update, ").append(summary.replace()).append(" to replace, ").append(summary.delete())
                .append(" to delete, ").append(summary.unchanged()).append(" unchanged, ").append(summary.blocked())
                .append(" blocked.\n");
        if (changeSet.hasDestructiveChanges()) {
            out.append("Destructive changes lose data: applying needs approve_destructive.\n");
        }
        return out.toString();
    }

    private static void renderChange(StringBuilder out, Change change) {
        out.append(symbol(change.action())).append(' ').append(change.target().wireValue()).append(' ')
                .append(change.name()).append(" (").append(change.action().wireValue());
        if (change.destructive()) {
            out.append(", destructive");
        }
        out.append(")\n");
        if (change.reason() != null) {
            out.append("      reason: ").append(change.reason()).append('\n');
        }
        if (change.action() == ChangeAction.CREATE && change.after() != null) {
            renderState(out, change.after());
        }
        for (FieldDiff diff : change.diff()) {
            out.append("      ").append(diff.field()).append(": ").append(value(diff.from())).append(" → ")
                    .append(value(diff.to())).append('\n');
        }
        out.append('\n');
    }

    private static void renderState(StringBuilder out, Map<String, Object> state) {
        state.forEach((key, value) -> {
            if (value instanceof Map) {
                ((Map<?, ?>) value).forEach((k, v) -> out.append("      ").append(key).append('.').append(k)
                        .append(": ").append(value(v)).append('\n'));
            } else if (!"name".equals(key)) {
                out.append("      ").append(key).append(": ").append(value(value)).append('\n');
            }
        });
    }

    static String symbol(ChangeAction action) {
        switch (action) {
            case CREATE:
                return "  +";
            case UPDATE:
                return "  ~";
            case REPLACE:
                return "-/+";
            case DELETE:
                return "  -";
            case BLOCKED:
                return "  !";
            default:
                return "   ";
        }
    }

    /** Strings quoted (a config value), numbers bare, absent as {@code (none)}. */
    static String value(Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof String) {
            return "\"" + value + "\"";
        }
        return String.valueOf(value);
    }
}
