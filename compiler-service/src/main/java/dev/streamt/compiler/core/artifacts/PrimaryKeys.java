package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The primary key of an updating model's topic (written through upsert-kafka), chosen in this order:
 * <ol>
 * <li>the model's {@code key} (one column, or several separated by commas), when the output has those columns;</li>
 * <li>the GROUP BY keys of the outermost SELECT, when each is a plain column projected into the output (under its
 * name or an alias);</li>
 * <li>the primary key of its only upsert input, when the output keeps those columns (a filter or projection of a
 * changelog keeps its key);</li>
 * <li>else the first output column.</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class PrimaryKeys {

    private PrimaryKeys() {
    }

    /** The columns of {@code key} (split at commas) when all are output columns; empty otherwise. */
    static List<String> declaredKey(String key, List<String> outputNames) {
        if (key == null || key.isBlank()) {
            return List.of();
        }
        List<String> columns = new ArrayList<>();
        for (String part : key.split(",")) {
            String name = part.trim();
            if (name.isEmpty() || !outputNames.contains(name) || columns.contains(name)) {
                return List.of();
            }
            columns.add(name);
        }
        return columns;
    }

    /**
     * The primary key of an updating model.
     *
     * @param key the model's {@code key}, or null
     * @param sql the model's analysed SQL
     * @param columns its output columns (non-empty)
     * @param inputs the tables its SQL reads
     */
    static List<String> choose(String key, String sql, List<OutputColumn> columns, List<KafkaTable> inputs) {
        List<String> names = new ArrayList<>(columns.size());
        columns.forEach(c -> names.add(c.name()));
        List<String> declared = declaredKey(key, names);
        if (!declared.isEmpty()) {
            return declared;
        }
        QueryClauses clauses = QueryClauses.of(sql);
        Optional<List<String>> grouped = clauses.groupByColumns().flatMap(keys -> projected(keys, clauses, names));
        if (grouped.isPresent()) {
            return grouped.get();
        }
        KafkaTable upsertInput = null;
        for (KafkaTable input : inputs) {
            if (input.upsert()) {
                if (upsertInput != null) {
                    upsertInput = null;
                    break;
                }
                upsertInput = input;
            }
        }
        if (upsertInput != null && inputs.size() == 1) {
            Optional<List<String>> inherited = projected(upsertInput.primaryKey(), clauses, names);
            if (inherited.isPresent()) {
                return inherited.get();
            }
        }
        return List.of(names.get(0));
    }

    /** The output names of the columns {@code keys}, when every one is in the output. */
    private static Optional<List<String>> projected(List<String> keys, QueryClauses clauses, List<String> names) {
        List<QueryClauses.ColumnItem> items = clauses.columnItems();
        List<String> result = new ArrayList<>(keys.size());
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            String output = null;
            for (QueryClauses.ColumnItem item : items) {
                if (item.column().equals(key) && names.contains(item.output())) {
                    output = item.output();
                    break;
                }
            }
            if (output == null && names.contains(key)) {
                output = key;
            }
            if (output == null) {
                return Optional.empty();
            }
            if (seen.add(output)) {
                result.add(output);
            }
        }
        return result.isEmpty() ? Optional.empty() : Optional.of(result);
    }
}
