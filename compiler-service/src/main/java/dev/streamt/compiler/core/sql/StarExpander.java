package dev.streamt.compiler.core.sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;

/**
 * Expands {@code *} and {@code alias.*} over the FROM items, as Flink does: items in FROM order, USING / NATURAL join
 * columns once and first, columns of the null-generating side of an outer join nullable. An item whose columns are
 * not all known makes the output open. Confined to one analysis.
 */
final class StarExpander {

    private final AnalysisState state;

    StarExpander(AnalysisState state) {
        this.state = state;
    }

    void expand(SqlIdentifier star, Scope scope, SelectWalker.Output output) {
        if (star.names.size() > 1) {
            String alias = star.names.get(star.names.size() - 2);
            Scope.Entry entry = scope.byAlias(alias);
            if (entry == null) {
                List<String> aliases = new ArrayList<>();
                scope.entries.forEach(e -> aliases.add(e.alias()));
                state.problems.unknownColumn(alias + ".*", "the FROM clause (no item is named '" + alias + "')",
                        aliases, star.getParserPosition());
                return;
            }
            addEntry(entry, Set.of(), output);
            return;
        }
        Set<String> merged = new HashSet<>();
        for (Map.Entry<String, List<Scope.Entry>> using : scope.merged.entrySet()) {
            Resolved resolved = state.resolver.resolve(new SqlIdentifier(using.getKey(), star.getParserPosition()),
                    scope);
            if (resolved != null) {
                output.add(resolved.column(), true);
                merged.add(using.getKey());
            }
        }
        for (Scope.Entry entry : scope.entries) {
            addEntry(entry, merged, output);
        }
    }

    private void addEntry(Scope.Entry entry, Set<String> skipped, SelectWalker.Output output) {
        Relation relation = entry.relation();
        if (entry.input() != null) {
            state.usage.allColumnsRead(entry.input(), relation);
        }
        for (RelColumn column : relation.columns) {
            if (!skipped.contains(column.name())) {
                output.add(entry.nullable() ? column.nullable() : column, true);
            }
        }
        if (relation.isOpen()) {
            output.openInputs.addAll(relation.openInputs);
            output.opaque |= relation.opaque;
            output.opaqueLineage.addAll(relation.opaqueLineage);
        }
    }
}
