package dev.streamt.compiler.core.sql.analysis;

/**
 * A call of ML_PREDICT or ML_EVALUATE. Immutable and thread-safe.
 *
 * @param function {@code ML_PREDICT} or {@code ML_EVALUATE}
 * @param model the model name as written (string literal or identifier), or null when it could not be read
 * @param outputsKnown whether the model's output schema was given ({@code ml_outputs}); when false the output type is
 *     opaque ({@link MlOutputs#OPAQUE}) and the compiler should warn ML_PREDICT_OPAQUE_OUTPUT
 * @param line 1-based line of the call inside the SQL
 * @param column 1-based column of the call inside the SQL
 */
public record MlModelUse(String function, String model, boolean outputsKnown, int line, int column) {

    public MlModelUse {
        if (function == null || function.isBlank()) {
            throw new IllegalArgumentException("function must not be blank");
        }
        line = Math.max(1, line);
        column = Math.max(1, column);
    }
}
