package dev.streamt.compiler.core.sql.analysis;

import java.util.List;
import java.util.Objects;

/**
 * How the query uses one input. Immutable and thread-safe.
 *
 * @param input the input
 * @param columns the input's columns the query reads: in declared order for declared inputs, else in the order
 *     the analysis meets them (FROM, WHERE, GROUP BY, then the select list); a {@code *} over a declared input reads
 *     all of them
 * @param allColumns whether the query reads every column of the input ({@code *}, a window TVF's {@code TABLE t});
 *     for an input without declared columns the full list is then unknown at compile time
 */
public record InputUsage(InputRelation input, List<ReferencedColumn> columns, boolean allColumns) {

    public InputUsage {
        Objects.requireNonNull(input, "input");
        columns = List.copyOf(columns);
    }
}
