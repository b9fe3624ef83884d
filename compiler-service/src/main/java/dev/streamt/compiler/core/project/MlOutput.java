package dev.streamt.compiler.core.project;

import java.util.Map;
import java.util.Objects;

/**
 * The declared output of an ML model used with ML_PREDICT / ML_EVALUATE ({@code ml_outputs.<model>}): the output
 * {@code columns} in order (name to Flink SQL type), from the map form or the {@code columns[]{name, type}} form.
 */
public record MlOutput(String model, Map<String, String> columns, String description, Span span) {

    public MlOutput {
        Immutable.name(model, "ml model name");
        columns = Immutable.map(columns);
        Objects.requireNonNull(span, "span");
    }
}
