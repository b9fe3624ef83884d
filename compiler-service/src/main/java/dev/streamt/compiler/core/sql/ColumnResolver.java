package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.ColumnRef;
import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.compiler.core.sql.types.TypeRules;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlIdentifier;

/**
 * Resolves column identifiers against scopes, the way Flink's validator does: {@code alias.col} against that FROM item,
 * {@code col} against every item of the innermost scope that has it (ambiguous when several do), then outward through
 * enclosing scopes; an item whose columns are not declared accepts any name (the column is then read from that input
 * with a defaulted type). Records the input columns read and reports UNKNOWN_COLUMN / AMBIGUOUS_COLUMN with the
 * identifier's position. Confined to one analysis.
 */
final class ColumnResolver {

    private final InputUsageCollector usage;
    private final SqlProblems problems;

    ColumnResolver(InputUsageCollector usage, SqlProblems problems) {
        this.usage = usage;
        this.problems = problems;
    }

    /** The column the identifier names, or null (the problem is reported). */
    Resolved resolve(SqlIdentifier id, Scope scope) {
        List<String> names = id.names;
        for (Scope s = scope; s != null; s = s.parent) {
            if (names.size() >= 2) {
                Scope.Entry entry = s.byAlias(names.get(0));
                if (entry == null && s.patternScope && !s.entries.isEmpty() && find(s, names.get(0)) == null) {
                    entry = s.entries.get(0);
                }
                if (entry != null) {
                    RelColumn column = column(entry, names.get(1));
                    if (column == null) {
                        problems.unknownColumn(names.get(1), entry.describe(), entry.relation().columnNames(),
                                id.getComponentParserPosition(1));
                        return null;
                    }
                    return new Resolved(entry, column, 2);
                }
            }
            Resolved unqualified = unqualified(s, names.get(0), id);
            if (unqualified != null) {
                return unqualified;
            }
        }
        String shown = names.size() >= 2 && scope.byAlias(names.get(0)) == null && find(scope, names.get(0)) == null
                ? String.join(".", names.subList(0, 2)) : names.get(0);
        problems.unknownColumn(shown, scope.describeEntries(), scope.columnNames(), id.getParserPosition());
        return null;
    }

    /** The column of an entry by name (declared, or defaulted for an open entry), recording the read. */
    RelColumn column(Scope.Entry entry, String name) {
        Relation relation = entry.relation();
        RelColumn column = relation.column(name);
        if (column != null) {
            if (entry.input() != null) {
                usage.columnRead(entry.input(), column, column.inferred());
            }
        } else if (relation.isOpen()) {
            column = relation.openColumn(name, usage);
        } else {
            return null;
        }
        return entry.nullable() ? column.nullable() : column;
    }

    private Resolved unqualified(Scope scope, String name, SqlIdentifier id) {
        List<Scope.Entry> mergedEntries = scope.merged.get(name);
        if (mergedEntries != null) {
            return merged(mergedEntries, name);
        }
        Scope.Entry found = null;
        List<String> ambiguous = null;
        for (Scope.Entry entry : scope.entries) {
            if (entry.relation().column(name) != null) {
                if (found == null) {
                    found = entry;
                } else {
                    if (ambiguous == null) {
                        ambiguous = new ArrayList<>(List.of(found.alias()));
                    }
                    ambiguous.add(entry.alias());
                }
            }
        }
        if (ambiguous != null) {
            problems.ambiguousColumn(name, ambiguous, id.getParserPosition());
        }
        if (found == null) {
            for (Scope.Entry entry : scope.entries) {
                if (entry.relation().isOpen()) {
                    found = entry;
                    break;
                }
            }
        }
        return found == null ? null : new Resolved(found, column(found, name), 1);
    }

    /** A USING / NATURAL column: the first side's column with the lineage of both sides. */
    private Resolved merged(List<Scope.Entry> entries, String name) {
        RelColumn first = null;
        Set<ColumnRef> lineage = new LinkedHashSet<>();
        List<FlinkType> types = new ArrayList<>(entries.size());
        boolean allNullable = true;
        boolean inferred = true;
        for (Scope.Entry entry : entries) {
            RelColumn column = column(entry, name);
            if (column == null) {
                continue;
            }
            first = first == null ? column : first;
            lineage.addAll(column.lineage());
            types.add(column.type());
            allNullable &= column.type().nullable();
            inferred &= column.inferred();
        }
        if (first == null) {
            return null;
        }
        FlinkType common = TypeRules.commonType(types);
        FlinkType type = common == null ? first.type() : common;
        RelColumn column = new RelColumn(name, type.withNullable(allNullable), inferred && common != null,
                new ArrayList<>(lineage), first.window());
        return new Resolved(entries.get(0), column, 1);
    }

    private static Scope.Entry find(Scope scope, String column) {
        for (Scope.Entry entry : scope.entries) {
            if (entry.relation().column(column) != null) {
                return entry;
            }
        }
        return null;
    }
}
