package dev.streamt.contracts;

import java.util.Optional;

/**
 * A message or document does not satisfy the streamt contract: malformed JSON, a missing required field, a blank name,
 * an unknown enum value, data that does not match its event type. Thrown by {@link
 * dev.streamt.contracts.json.StreamtJson} when reading, and by the strict enum parsers. The message names the JSON path
 * (when known), the offending value and, for enums, the allowed values.
 */
public class ContractViolationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String detail;

    /** A violation without a known JSON path. */
    public ContractViolationException(String detail) {
        this(null, detail, null);
    }

    /**
     * A violation at a JSON path.
     *
     * @param path   JSON path of the offending value, like {@code $.changes[0].action}; {@code null} when unknown
     * @param detail what is wrong, naming the bad value
     * @param cause  the underlying exception, or {@code null}
     */
    public ContractViolationException(String path, String detail, Throwable cause) {
        super(path == null ? detail : "Contract violation at " + path + ": " + detail, cause);
        this.path = path;
        this.detail = detail;
    }

    /** The JSON path of the offending value (like {@code $.changes[0].action}), when known. */
    public Optional<String> path() {
        return Optional.ofNullable(path);
    }

    /** What is wrong, without the path. */
    public String detail() {
        return detail;
    }
}
