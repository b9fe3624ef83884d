package dev.streamt.compiler.core.sql;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;

/**
 * The columns a {@code USING (...)} or NATURAL join merges: named once, resolved to the left side's column with the
 * lineage of both sides, and expanded first by {@code *}. Stateless.
 */
final class UsingColumns {

    private UsingColumns() {
    }

    /** USING (a, b) and NATURAL joins merge the named columns of both sides. */
    static void merge(SqlJoin join, Scope scope, int leftFrom, int leftTo, int rightTo) {
        List<String> names = new ArrayList<>();
        if (join.getConditionType() == JoinConditionType.USING && join.getCondition() instanceof SqlNodeList list) {
            for (SqlNode name : list) {
                names.add(((SqlIdentifier) name).getSimple());
            }
        } else if (join.isNatural()) {
            for (int i = leftFrom; i < leftTo; i++) {
                for (String name : scope.entries.get(i).relation().columnNames()) {
                    if (owner(scope, name, leftTo, rightTo) != null && !names.contains(name)) {
                        names.add(name);
                    }
                }
            }
        }
        for (String name : names) {
            Scope.Entry leftOwner = owner(scope, name, leftFrom, leftTo);
            Scope.Entry rightOwner = owner(scope, name, leftTo, rightTo);
            List<Scope.Entry> owners = new ArrayList<>(2);
            if (leftOwner != null) {
                owners.add(leftOwner);
            }
            if (rightOwner != null) {
                owners.add(rightOwner);
            }
            if (!owners.isEmpty()) {
                scope.merged.put(name, owners);
            }
        }
    }

    private static Scope.Entry owner(Scope scope, String column, int from, int to) {
        for (int i = from; i < to; i++) {
            Scope.Entry entry = scope.entries.get(i);
            if (entry.relation().column(column) != null || entry.relation().isOpen()) {
                return entry;
            }
        }
        return null;
    }
}
