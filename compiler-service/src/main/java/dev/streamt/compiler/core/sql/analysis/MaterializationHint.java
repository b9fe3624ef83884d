package dev.streamt.compiler.core.sql.analysis;

import java.util.List;
import java.util.Objects;

/**
 * What the SQL alone says about a model's materialization (DSL.md, "Materialization"); the compiler combines it with
 * the runtimes available (gateway, Flink). Immutable and thread-safe.
 *
 * @param kind the classification
 * @param reasons the features that decided it, readable (like {@code GROUP BY}, {@code TUMBLE window})
 */
public record MaterializationHint(Kind kind, List<String> reasons) {

    /** The classifications. */
    public enum Kind {
        /** Stateful SQL (or SQL a gateway filter cannot express): {@code flink}. */
        STATEFUL,
        /** {@code SELECT *} of exactly one input with no WHERE: {@code topic} (+ a copying Flink job). */
        PASSTHROUGH,
        /** Projection and/or filter of one input: {@code virtual_topic} with a gateway, else {@code flink}. */
        STATELESS,
        /** The query reads no table: SQL_NO_FROM. */
        NO_FROM
    }

    public MaterializationHint {
        Objects.requireNonNull(kind, "kind");
        reasons = List.copyOf(reasons);
    }

    /** A readable sentence for the manifest's {@code inferred_from}, like {@code stateful SQL: GROUP BY, JOIN}. */
    public String inferredFrom() {
        String what = switch (kind) {
            case STATEFUL -> "stateful SQL";
            case PASSTHROUGH -> "SELECT * of one input without WHERE";
            case STATELESS -> "stateless SQL";
            case NO_FROM -> "SQL without FROM";
        };
        return reasons.isEmpty() || kind == Kind.PASSTHROUGH || kind == Kind.NO_FROM
                ? what : what + ": " + String.join(", ", reasons);
    }
}
