package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Span;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Safe composition of one YAML file into snakeyaml-engine nodes (with marks labelled by the file path): bounded file
 * size, aliases to collections, nesting depth (checked on the event stream, before the recursive composer descends)
 * and alias expansion; a recursive alias is refused. Every failure becomes a diagnostic.
 */
final class YamlReader {

    private final LoaderLimits limits;

    YamlReader(LoaderLimits limits) {
        this.limits = limits;
    }

    /** The root node of the file; empty for an empty file and after a reported failure ({@code failed} tells). */
    Result read(SourceFile file, Problems problems) {
        String path = file.path();
        LoadSettings settings = LoadSettings.builder()
                .setLabel(path)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(limits.maxAliasesForCollections())
                .setCodePointLimit(limits.maxFileBytes() + 1)
                .setParseComments(false)
                .build();
        DepthLimitedParser parser = new DepthLimitedParser(
                new ParserImpl(settings, new StreamReader(settings, file.text())), limits.maxNestingDepth());
        List<Node> documents = new ArrayList<>();
        try {
            Composer composer = new Composer(settings, parser);
            while (composer.hasNext()) {
                documents.add(composer.next());
            }
        } catch (TooDeep e) {
            problems.invalid(at(path, e.mark), "YAML nesting in '" + path + "' is deeper than "
                    + limits.maxNestingDepth() + " levels", "Flatten the structure.");
            return Result.FAILED;
        } catch (MarkedYamlEngineException e) {
            Span span = at(path, e.getProblemMark().or(e::getContextMark).orElse(parser.lastMark));
            problems.add(DiagnosticCode.YAML_SYNTAX_ERROR, span, "YAML syntax error in '" + path + "': "
                    + e.getProblem() + context(e, span), hint(file, span, e));
            return Result.FAILED;
        } catch (YamlEngineException e) {
            problems.add(DiagnosticCode.YAML_SYNTAX_ERROR, at(path, parser.lastMark),
                    "YAML error in '" + path + "': " + e.getMessage(),
                    e.getMessage() != null && e.getMessage().contains("aliases")
                            ? "Use fewer anchors and aliases (at most " + limits.maxAliasesForCollections()
                            + " aliases to mappings or lists per file)." : null);
            return Result.FAILED;
        } catch (StackOverflowError e) {
            problems.invalid(Span.startOf(path), "YAML in '" + path + "' is nested too deeply", null);
            return Result.FAILED;
        }
        if (documents.size() > 1) {
            problems.invalid(spanOf(documents.get(1), ""), "File '" + path + "' holds " + documents.size()
                    + " YAML documents; a project file holds one", "Remove the '---' separators.");
            return Result.FAILED;
        }
        if (documents.isEmpty()) {
            return Result.EMPTY;
        }
        Node root = documents.get(0);
        String expansion = parser.aliases == 0 ? null : checkExpansion(root);
        if (expansion != null) {
            problems.invalid(spanOf(root, ""), "YAML in '" + path + "' " + expansion,
                    "Anchors and aliases may share blocks, not multiply them.");
            return Result.FAILED;
        }
        return new Result(root, false);
    }

    private static String hint(SourceFile file, Span span, MarkedYamlEngineException e) {
        int contextLine = e.getContextMark().map(Mark::getLine).orElse(span.line() - 1);
        if (file.line(span.line() - 1).contains("{{") || file.line(contextLine).contains("{{")) {
            return "A value that starts with '{{' (Jinja) must be quoted or written as a block scalar, like sql: |";
        }
        return "Check the indentation (spaces only), the quoting and the brackets around line " + span.line() + ".";
    }

    /** " (while parsing a flow sequence started at line 9, column 8)" from the exception's context, or "". */
    private static String context(MarkedYamlEngineException e, Span problem) {
        String context = e.getContext() == null ? "" : e.getContext().trim();
        if (context.isEmpty()) {
            return "";
        }
        Mark mark = e.getContextMark().orElse(null);
        boolean elsewhere = mark != null && (mark.getLine() + 1 != problem.line() || mark.getColumn() + 1
                != problem.column());
        return " (" + context + (elsewhere ? " started at line " + (mark.getLine() + 1) + ", column "
                + (mark.getColumn() + 1) : "") + ")";
    }

    /** Null when the document's expansion through aliases is finite and within bounds, else why not. */
    private String checkExpansion(Node root) {
        Map<Node, Long> sizes = new IdentityHashMap<>();
        try {
            long size = expandedSize(root, sizes);
            return size > limits.maxExpandedNodes() ? "expands through aliases to more than "
                    + limits.maxExpandedNodes() + " nodes" : null;
        } catch (Recursive e) {
            return "has a recursive alias (a node that contains itself)";
        }
    }

    private long expandedSize(Node node, Map<Node, Long> sizes) {
        Long known = sizes.get(node);
        if (known != null) {
            if (known < 0) {
                throw new Recursive();
            }
            return known;
        }
        sizes.put(node, -1L);
        long size = 1;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                size = capped(size + expandedSize(tuple.getKeyNode(), sizes) + expandedSize(tuple.getValueNode(), sizes));
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                size = capped(size + expandedSize(item, sizes));
            }
        }
        sizes.put(node, size);
        return size;
    }

    private long capped(long size) {
        return Math.min(size, limits.maxExpandedNodes() + 1);
    }

    static Span spanOf(Node node, String path) {
        return at(null, node.getStartMark().orElse(null)).withPath(path);
    }

    private static Span at(String fallbackFile, Mark mark) {
        if (mark == null) {
            return Span.startOf(fallbackFile);
        }
        String file = mark.getName() == null || mark.getName().isBlank() ? fallbackFile : mark.getName();
        return new Span(file, mark.getLine() + 1, mark.getColumn() + 1, "");
    }

    /** The outcome of reading one file. */
    record Result(Node root, boolean failed) {
        static final Result FAILED = new Result(null, true);
        static final Result EMPTY = new Result(null, false);
    }

    private static final class Recursive extends RuntimeException {
        Recursive() {
            super(null, null, false, false);
        }
    }

    private static final class TooDeep extends RuntimeException {
        final Mark mark;

        TooDeep(Mark mark) {
            super(null, null, false, false);
            this.mark = mark;
        }
    }

    /** Counts the nesting on the event stream and stops at the limit, before the composer recurses that deep. */
    private static final class DepthLimitedParser implements Parser {
        private final Parser delegate;
        private final int maxDepth;
        private int depth;
        private int aliases;
        private Mark lastMark;

        DepthLimitedParser(Parser delegate, int maxDepth) {
            this.delegate = delegate;
            this.maxDepth = maxDepth;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return delegate.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return delegate.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return delegate.hasNext();
        }

        @Override
        public Event next() {
            Event event = delegate.next();
            Optional<Mark> mark = event.getStartMark();
            if (mark.isPresent()) {
                lastMark = mark.get();
            }
            Event.ID id = event.getEventId();
            if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                if (++depth > maxDepth) {
                    throw new TooDeep(lastMark);
                }
            } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                depth--;
            } else if (id == Event.ID.Alias) {
                aliases++;
            }
            return event;
        }
    }
}
