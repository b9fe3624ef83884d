package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.ColumnRef;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A relation met while walking a query: the columns it is known to have, and whether it may have more ("open": a
 * {@code *} over an input without declared columns, an opaque table function). Tracks the changelog kind (updating
 * reasons) and whether it is still a pure {@code SELECT *} of one input (passthrough). Confined to one analysis.
 */
final class Relation {

    final List<RelColumn> columns;
    /** Inputs without declared columns whose columns may appear here under any name. */
    final List<InputRelation> openInputs;
    /** Whether unknown columns are allowed without belonging to an input (opaque ML/UDTF results). */
    final boolean opaque;
    final List<ColumnRef> opaqueLineage;
    final List<String> updatingReasons;
    /** The input this relation is a pure copy of ({@code SELECT *}, no filter), or null. */
    final InputRelation passthroughOf;
    private final Map<String, RelColumn> byName;
    private Map<String, RelColumn> openColumns;

    Relation(List<RelColumn> columns, List<InputRelation> openInputs, boolean opaque, List<ColumnRef> opaqueLineage,
            List<String> updatingReasons, InputRelation passthroughOf) {
        this.columns = List.copyOf(columns);
        this.openInputs = List.copyOf(openInputs);
        this.opaque = opaque;
        this.opaqueLineage = List.copyOf(opaqueLineage);
        this.updatingReasons = List.copyOf(updatingReasons);
        this.passthroughOf = passthroughOf;
        this.byName = new HashMap<>(columns.size() * 2);
        for (RelColumn column : this.columns) {
            byName.putIfAbsent(column.name(), column);
        }
    }

    /** A closed relation of these columns. */
    static Relation of(List<RelColumn> columns, List<String> updatingReasons) {
        return new Relation(columns, List.of(), false, List.of(), updatingReasons, null);
    }

    boolean isOpen() {
        return opaque || !openInputs.isEmpty();
    }

    boolean updating() {
        return !updatingReasons.isEmpty();
    }

    /** The known column of this name (first if several), or null. */
    RelColumn column(String name) {
        return byName.get(name);
    }

    List<String> columnNames() {
        List<String> names = new ArrayList<>(columns.size());
        for (RelColumn column : columns) {
            names.add(column.name());
        }
        return names;
    }

    /**
     * The column of an open relation that the query names but nobody declared: typed by default (see
     * {@link Inputs#defaultColumn}), attributed to the open inputs (recorded as read). Cached per name.
     */
    RelColumn openColumn(String name, InputUsageCollector usage) {
        if (openColumns == null) {
            openColumns = new LinkedHashMap<>();
        }
        RelColumn known = openColumns.get(name);
        if (known != null) {
            return known;
        }
        RelColumn column;
        if (openInputs.isEmpty()) {
            column = new RelColumn(name, FlinkType.STRING, false, opaqueLineage, RelColumn.WindowProperty.NONE);
        } else {
            List<ColumnRef> lineage = new ArrayList<>(openInputs.size());
            RelColumn first = null;
            for (InputRelation input : openInputs) {
                RelColumn defaulted = Inputs.defaultColumn(input, name);
                usage.columnRead(input, defaulted, false);
                lineage.addAll(defaulted.lineage());
                first = first == null ? defaulted : first;
            }
            column = new RelColumn(name, first.type(), first.inferred(), lineage, RelColumn.WindowProperty.NONE);
        }
        openColumns.put(name, column);
        return column;
    }

    Relation withUpdatingReasons(List<String> reasons) {
        return new Relation(columns, openInputs, opaque, opaqueLineage, reasons, passthroughOf);
    }

    /** The same relation no longer a pure passthrough. */
    Relation derived() {
        return passthroughOf == null ? this
                : new Relation(columns, openInputs, opaque, opaqueLineage, updatingReasons, null);
    }
}
