package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.InputRelation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * The name-resolution scope of one SELECT: its FROM-clause entries in order (alias, relation, whether on the
 * null-generating side of an outer join), the columns merged by USING / NATURAL joins, and the enclosing scope
 * (correlated subqueries, LATERAL). Confined to one analysis.
 */
final class Scope {

    /**
     * One FROM-clause item.
     *
     * @param alias the name it is visible under
     * @param relation its columns
     * @param nullable whether it is on the null-generating side of an outer join
     * @param input the catalog input when the item is the input table itself, else null
     * @param pos where it is named
     */
    record Entry(String alias, Relation relation, boolean nullable, InputRelation input, SqlParserPos pos) {

        /** How messages name the item. */
        String describe() {
            if (input != null) {
                return input.table().equals(alias) ? "'" + alias + "' (" + input.nodeId() + ")"
                        : "'" + alias + "' ('" + input.table() + "', " + input.nodeId() + ")";
            }
            return "'" + alias + "'";
        }
    }

    final Scope parent;
    final List<Entry> entries = new ArrayList<>();
    /** Columns a USING / NATURAL join merged, with the entries providing them. */
    final Map<String, List<Entry>> merged = new LinkedHashMap<>();
    /** MATCH_RECOGNIZE: pattern variables qualify the columns of the single input. */
    final boolean patternScope;

    Scope(Scope parent, boolean patternScope) {
        this.parent = parent;
        this.patternScope = patternScope;
    }

    Scope(Scope parent) {
        this(parent, false);
    }

    Entry byAlias(String alias) {
        for (Entry entry : entries) {
            if (entry.alias().equals(alias)) {
                return entry;
            }
        }
        return null;
    }

    /** The known column names of all entries (for suggestions). */
    List<String> columnNames() {
        List<String> names = new ArrayList<>();
        for (Entry entry : entries) {
            names.addAll(entry.relation().columnNames());
        }
        return names;
    }

    String describeEntries() {
        if (entries.isEmpty()) {
            return "the query (it has no FROM clause)";
        }
        List<String> described = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            described.add(entry.describe());
        }
        return String.join(", ", described);
    }
}
