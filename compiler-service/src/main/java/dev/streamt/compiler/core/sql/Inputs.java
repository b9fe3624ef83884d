package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.ColumnRef;
import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.types.FlinkType.TimeAttribute;
import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.compiler.core.sql.types.FlinkTypeParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the relation of a catalog input and the defaulted columns of inputs without declared types: STRING, the
 * event-time column TIMESTAMP(3) *ROWTIME*, the processing-time column TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*. Declared
 * time-attribute markers are ignored: only the input's event-time / proctime columns are time attributes. Stateless.
 */
final class Inputs {

    static final FlinkType DEFAULT_EVENT_TIME = FlinkType.timestamp(3).withTimeAttribute(TimeAttribute.ROWTIME);
    static final FlinkType PROCTIME = FlinkType.timestampLtz(3).notNull().withTimeAttribute(TimeAttribute.PROCTIME);

    private Inputs() {
    }

    /** The relation an input table contributes to a FROM clause. */
    static Relation relationOf(InputRelation input) {
        List<RelColumn> columns = new ArrayList<>(input.columns().size() + 2);
        boolean hasEventTime = false;
        boolean hasProctime = false;
        for (InputColumn column : input.columns()) {
            columns.add(column(input, column.name(), column.type()));
            hasEventTime |= column.name().equals(input.eventTimeColumn());
            hasProctime |= column.name().equals(input.proctimeColumn());
        }
        if (input.columnsDeclared()) {
            if (input.eventTimeColumn() != null && !hasEventTime) {
                columns.add(column(input, input.eventTimeColumn(), null));
            }
            if (input.proctimeColumn() != null && !hasProctime) {
                columns.add(column(input, input.proctimeColumn(), null));
            }
        }
        List<String> updating = input.updating()
                ? List.of("input " + input.nodeId() + " is an updating changelog") : List.of();
        return new Relation(columns, input.columnsDeclared() ? List.of() : List.of(input), false, List.of(), updating,
                input);
    }

    /** A column of an input that the project did not declare (or declared without a type). */
    static RelColumn defaultColumn(InputRelation input, String name) {
        return column(input, name, null);
    }

    private static RelColumn column(InputRelation input, String name, String declaredType) {
        List<ColumnRef> lineage = List.of(new ColumnRef(input.nodeId(), name));
        if (name.equals(input.proctimeColumn())) {
            return new RelColumn(name, PROCTIME, true, lineage, RelColumn.WindowProperty.NONE);
        }
        FlinkType type = declaredType == null ? null : FlinkTypeParser.parse(declaredType);
        boolean inferred = type != null;
        if (type != null) {
            type = type.withoutTimeAttribute();
        }
        if (name.equals(input.eventTimeColumn())) {
            if (type == null) {
                type = DEFAULT_EVENT_TIME;
            } else if (type.isTimestamp()) {
                type = type.withTimeAttribute(TimeAttribute.ROWTIME);
            }
        }
        return new RelColumn(name, type == null ? FlinkType.STRING : type, inferred, lineage,
                RelColumn.WindowProperty.NONE);
    }
}
