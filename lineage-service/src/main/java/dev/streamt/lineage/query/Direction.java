package dev.streamt.lineage.query;

import dev.streamt.lineage.problem.LineageProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Which way to follow the data from a node. */
public enum Direction {
    UPSTREAM,
    DOWNSTREAM,
    BOTH;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean upstream() {
        return this != DOWNSTREAM;
    }

    public boolean downstream() {
        return this != UPSTREAM;
    }

    /** The direction of a query parameter; {@code fallback} when absent. */
    public static Direction parse(String text, Direction fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        for (Direction direction : values()) {
            if (direction.wireValue().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return direction;
            }
        }
        throw LineageProblem.invalidParameter("direction", text, wireValues());
    }

    public static List<String> wireValues() {
        return Arrays.stream(values()).map(Direction::wireValue).toList();
    }
}
