package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.Objects;

/**
 * The type of an expression and whether it was really inferred (false when it rests on a fallback: an undeclared
 * input type, an unknown function). Immutable.
 */
record Typed(FlinkType type, boolean inferred) {

    /** The documented fallback: STRING, not inferred. */
    static final Typed UNKNOWN = new Typed(FlinkType.STRING, false);

    Typed {
        Objects.requireNonNull(type, "type");
    }

    static Typed of(FlinkType type) {
        return new Typed(type, true);
    }

    Typed withType(FlinkType value) {
        return new Typed(value, inferred);
    }

    Typed and(boolean otherInferred) {
        return otherInferred || !inferred ? this : new Typed(type, false);
    }
}
