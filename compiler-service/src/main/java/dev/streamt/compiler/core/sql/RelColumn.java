package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.ColumnRef;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.List;
import java.util.Objects;

/**
 * A column of an intermediate relation (an input, a subquery, a CTE, a window TVF): its name, type, lineage and
 * whether it is a window bound of a window TVF. Immutable.
 */
record RelColumn(String name, FlinkType type, boolean inferred, List<ColumnRef> lineage, WindowProperty window) {

    /** Window TVF columns, needed to tell window aggregations, window joins and window Top-N from regular ones. */
    enum WindowProperty { NONE, START, END, TIME }

    RelColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        lineage = List.copyOf(lineage);
        window = window == null ? WindowProperty.NONE : window;
    }

    RelColumn renamed(String value) {
        return new RelColumn(value, type, inferred, lineage, window);
    }

    RelColumn withType(FlinkType value) {
        return value.equals(type) ? this : new RelColumn(name, value, inferred, lineage, window);
    }

    RelColumn nullable() {
        return withType(type.withNullable(true));
    }

    Typed typed() {
        return new Typed(type, inferred);
    }
}
