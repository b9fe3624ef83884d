package dev.streamt.contracts.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.streamt.contracts.ContractViolationException;
import java.util.List;

/** Turns Jackson's exceptions into {@link ContractViolationException}s with a JSON path and the root cause. */
final class JsonViolations {

    private JsonViolations() {
    }

    static ContractViolationException translate(Exception e, String target) {
        String path = null;
        if (e instanceof JsonMappingException mapping) {
            path = path(mapping.getPath());
        } else if (e.getCause() instanceof JsonMappingException mapping) {
            path = path(mapping.getPath());
        }
        Throwable cause = contractCause(e);
        String detail;
        if (cause instanceof ContractViolationException violation) {
            detail = violation.detail();
        } else if (cause != null) {
            detail = cause.getMessage();
        } else if (e instanceof JsonProcessingException processing) {
            detail = processing.getOriginalMessage() + location(processing.getLocation());
        } else {
            detail = e.getMessage();
        }
        return new ContractViolationException(path, detail + " (reading " + target + ")", e);
    }

    /** The first cause that is a validation failure of a contract type rather than a Jackson exception. */
    private static Throwable contractCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if ((cause instanceof IllegalArgumentException || cause instanceof NullPointerException)
                    && !(cause instanceof JsonProcessingException)) {
                return cause;
            }
        }
        return null;
    }

    /** {@code $.changes[0].action} from Jackson's reference chain. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                String name = reference.getFieldName();
                if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    path.append('.').append(name);
                } else {
                    path.append("['").append(name.replace("'", "\\'")).append("']");
                }
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String location(JsonLocation location) {
        if (location == null || location.getLineNr() < 0) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
