package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.compiler.core.sql.types.FlinkTypeParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Output types of ML_PREDICT / ML_EVALUATE. With the model's declared {@code ml_outputs} the scalar form returns a ROW
 * of those columns (and the table-function forms add them as columns); without them the result is {@link #OPAQUE}.
 * Stateless and thread-safe.
 */
public final class MlOutputs {

    /** The type given to an ML result whose schema was not declared: a ROW with one STRING field. */
    public static final FlinkType OPAQUE = FlinkType.row(List.of(FlinkType.Field.of("output", FlinkType.STRING)));

    private MlOutputs() {
    }

    /** The declared outputs as ROW fields (undeclared or unknown field types default to STRING). */
    static List<FlinkType.Field> fields(List<InputColumn> outputs) {
        List<FlinkType.Field> fields = new ArrayList<>(outputs.size());
        for (InputColumn column : outputs) {
            FlinkType type = column.type() == null ? null : FlinkTypeParser.parse(column.type());
            fields.add(FlinkType.Field.of(column.name(), type == null ? FlinkType.STRING : type));
        }
        return fields;
    }

    /** Whether every declared output has a known type. */
    static boolean allTyped(List<InputColumn> outputs) {
        for (InputColumn column : outputs) {
            if (column.type() == null || FlinkTypeParser.parse(column.type()) == null) {
                return false;
            }
        }
        return true;
    }
}
