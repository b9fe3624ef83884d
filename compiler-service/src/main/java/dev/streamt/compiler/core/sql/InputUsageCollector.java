package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.InputCatalog;
import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.InputUsage;
import dev.streamt.compiler.core.sql.analysis.ReferencedColumn;
import dev.streamt.compiler.core.sql.analysis.TableReference;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Records, during the walk, which catalog inputs and which of their columns the query reads, and which table names it
 * could not resolve. Confined to one analysis.
 */
final class InputUsageCollector {

    private final InputCatalog catalog;
    private final Map<String, Map<String, ReferencedColumn>> columnsByTable = new LinkedHashMap<>();
    private final Map<String, Boolean> allColumns = new HashMap<>();
    private final Map<String, TableReference> tables = new LinkedHashMap<>();
    private final Map<String, TableReference> unknownTables = new LinkedHashMap<>();

    InputUsageCollector(InputCatalog catalog) {
        this.catalog = catalog;
    }

    void tableReferenced(InputRelation input, SqlParserPos pos) {
        tables.computeIfAbsent(input.table(),
                name -> new TableReference(name, input.nodeId(), pos.getLineNum(), pos.getColumnNum()));
        columnsByTable.computeIfAbsent(input.table(), name -> new LinkedHashMap<>());
    }

    /** Records an unknown table; true the first time the name is seen. */
    boolean unknownTable(String name, SqlParserPos pos) {
        return unknownTables.putIfAbsent(name,
                new TableReference(name, null, pos.getLineNum(), pos.getColumnNum())) == null;
    }

    void columnRead(InputRelation input, RelColumn column, boolean typeDeclared) {
        columnsByTable.computeIfAbsent(input.table(), name -> new LinkedHashMap<>())
                .putIfAbsent(column.name(), new ReferencedColumn(column.name(), column.type(), typeDeclared));
    }

    /** A {@code *} (or a window TVF's {@code TABLE t}) reads every column of the input. */
    void allColumnsRead(InputRelation input, Relation relation) {
        allColumns.put(input.table(), Boolean.TRUE);
        for (RelColumn column : relation.columns) {
            columnRead(input, column, column.inferred());
        }
    }

    boolean hasTables() {
        return !tables.isEmpty() || !unknownTables.isEmpty();
    }

    List<TableReference> tables() {
        return new ArrayList<>(tables.values());
    }

    List<TableReference> unknownTables() {
        return new ArrayList<>(unknownTables.values());
    }

    List<InputUsage> usages() {
        List<InputUsage> usages = new ArrayList<>(columnsByTable.size());
        for (Map.Entry<String, Map<String, ReferencedColumn>> entry : columnsByTable.entrySet()) {
            InputRelation input = catalog.table(entry.getKey());
            List<ReferencedColumn> columns = new ArrayList<>(entry.getValue().values());
            if (input.columnsDeclared()) {
                Map<String, Integer> order = new HashMap<>();
                for (InputColumn column : input.columns()) {
                    order.putIfAbsent(column.name(), order.size());
                }
                columns.sort(Comparator.comparingInt(c -> order.getOrDefault(c.name(), Integer.MAX_VALUE)));
            }
            usages.add(new InputUsage(input, columns, allColumns.containsKey(entry.getKey())));
        }
        return usages;
    }

    List<InputRelation> unusedInputs() {
        List<InputRelation> unused = new ArrayList<>();
        for (InputRelation input : catalog.tables().values()) {
            if (!tables.containsKey(input.table())) {
                unused.add(input);
            }
        }
        return unused;
    }
}
