package dev.streamt.compiler.core.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT), bestDistance);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.max(2, name.length() / 3);
        return best != null && bestDistance <= allowed && !best.equals(name) ? best : null;
    }

    /** Levenshtein distance, giving up (returning a large value) once it exceeds {@code limit}. */
    private static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return Integer.MAX_VALUE;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return Integer.MAX_VALUE;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
