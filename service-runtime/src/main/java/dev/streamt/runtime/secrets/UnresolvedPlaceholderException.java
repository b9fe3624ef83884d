package dev.streamt.runtime.secrets;

import java.util.List;

/** {@code ${VAR}} placeholders whose variables are not set in this process's environment; names them, never values. */
public final class UnresolvedPlaceholderException extends RuntimeException {

    private final List<String> variables;

    public UnresolvedPlaceholderException(List<String> variables) {
        super("environment variable" + (variables.size() == 1 ? " " : "s ") + String.join(", ", variables)
                + (variables.size() == 1 ? " is" : " are") + " not set in this service's environment");
        this.variables = List.copyOf(variables);
    }

    /** The variables that are not set. */
    public List<String> variables() {
        return variables;
    }
}
