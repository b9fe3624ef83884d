package dev.streamt.compiler.core.sql;

import dev.streamt.runtime.text.DidYouMean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;

/**
 * Column naming as Flink derives it (alias, last name of a column reference, else {@code EXPR$<position>}; duplicates
 * made unique with a numeric suffix) and "did you mean" suggestions. Stateless and thread-safe.
 */
final class Names {

    private Names() {
    }

    /** The name Flink gives a select item at this position of the expanded select list. */
    static String derive(SqlNode item, int position) {
        if (item.getKind() == SqlKind.AS) {
            return ((SqlIdentifier) ((SqlCall) item).operand(1)).getSimple();
        }
        SqlNode value = item.getKind() == SqlKind.OVER ? ((SqlCall) item).operand(0) : item;
        if (value instanceof SqlIdentifier id && !id.isStar()) {
            return id.names.get(id.names.size() - 1);
        }
        return "EXPR$" + position;
    }

    /** Makes names unique as Flink does: a repeated {@code id} becomes {@code id0}, then {@code id1}, ... */
    static List<String> uniquify(List<String> names) {
        Set<String> used = new HashSet<>(names.size() * 2);
        List<String> result = new ArrayList<>(names.size());
        for (String name : names) {
            String unique = name;
            for (int attempt = 0; used.contains(unique); attempt++) {
                unique = name + attempt;
            }
            used.add(unique);
            result.add(unique);
        }
        return result;
    }

    /** The candidate closest to the name (ignoring case), when close enough to be a likely typo; else null. */
    static String closest(String name, Collection<String> candidates) {
        return DidYouMean.suggest(name, candidates).orElse(null);
    }
}
