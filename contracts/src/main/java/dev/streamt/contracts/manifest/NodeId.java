package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.streamt.contracts.ContractViolationException;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/**
 * The id of a node of the project graph: {@code <type>.<name>} (like {@code model.orders_clean}) for a node of this
 * project, {@code <project>:<type>.<name>} (like {@code billing:model.invoices}) for a node of another project reached
 * through a cross-project {@code ref()}. Travels in JSON as that string.
 */
public record NodeId(@Nullable String project, NodeType type, String name) {

    /** The JSON Schema (ECMA-262) pattern of a node id. */
    public static final String PATTERN = "^(?:[^\\s:./]+:)?(?:source|model|test|exposure)\\.[^\\s:]+$";

    public NodeId {
        if (project != null && (project.isBlank() || !isToken(project, ":./"))) {
            throw new IllegalArgumentException("node id project must be a name without ':', '.', '/' or spaces, got '"
                    + project + "'");
        }
        Require.nonNull(type, "node id type");
        Require.nonBlank(name, "node id name");
        if (!isToken(name, ":")) {
            throw new IllegalArgumentException("node id name must not contain ':' or spaces, got '" + name + "'");
        }
    }

    /** A node of this project. */
    public static NodeId of(NodeType type, String name) {
        return new NodeId(null, type, name);
    }

    /** {@code source.<name>}. */
    public static NodeId source(String name) {
        return of(NodeType.SOURCE, name);
    }

    /** {@code model.<name>}. */
    public static NodeId model(String name) {
        return of(NodeType.MODEL, name);
    }

    /** {@code test.<name>}. */
    public static NodeId test(String name) {
        return of(NodeType.TEST, name);
    }

    /** {@code exposure.<name>}. */
    public static NodeId exposure(String name) {
        return of(NodeType.EXPOSURE, name);
    }

    /**
     * Parses {@code <type>.<name>} or {@code <project>:<type>.<name>}.
     *
     * @throws ContractViolationException when the text is not a node id
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static NodeId parse(String text) {
        if (text == null) {
            throw new ContractViolationException("node id must not be null");
        }
        int colon = text.indexOf(':');
        String project = colon < 0 ? null : text.substring(0, colon);
        String rest = text.substring(colon + 1);
        int dot = rest.indexOf('.');
        if (dot < 0) {
            throw invalid(text, "expected <type>.<name> or <project>:<type>.<name>");
        }
        NodeType type;
        try {
            type = NodeType.fromWireValue(rest.substring(0, dot));
        } catch (ContractViolationException e) {
            throw invalid(text, e.getMessage());
        }
        try {
            return new NodeId(project, type, rest.substring(dot + 1));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw invalid(text, e.getMessage());
        }
    }

    /** Whether this node belongs to another project. */
    public boolean hasProject() {
        return project != null;
    }

    /** The same node without its project part. */
    public NodeId local() {
        return of(type, name);
    }

    /** The same node qualified with a project ({@code null} to make it local). */
    public NodeId withProject(String otherProject) {
        return new NodeId(otherProject, type, name);
    }

    /** The wire form: {@code [<project>:]<type>.<name>}. */
    @JsonValue
    public String value() {
        return (project == null ? "" : project + ":") + type.wireValue() + "." + name;
    }

    @Override
    public String toString() {
        return value();
    }

    private static ContractViolationException invalid(String text, String why) {
        return new ContractViolationException("invalid node id '" + text + "': " + why);
    }

    private static boolean isToken(String text, String forbidden) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || forbidden.indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
