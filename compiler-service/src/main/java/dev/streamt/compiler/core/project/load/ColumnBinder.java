package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Assertion;
import dev.streamt.compiler.core.project.ColumnDefinition;
import dev.streamt.compiler.core.project.ColumnTest;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.contracts.manifest.Classification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads {@code columns[]} of sources and models, and the classification levels used across the project. */
final class ColumnBinder {

    static final Keys COLUMN = Keys.of("name", "type", "description", "classification", "proctime", "tests");
    static final List<String> CLASSIFICATIONS = List.of("public", "internal", "confidential", "sensitive",
            "highly_sensitive");
    static final List<String> COLUMN_TESTS;

    static {
        List<String> kinds = new ArrayList<>(Assertion.KINDS);
        kinds.add("unique");
        COLUMN_TESTS = List.copyOf(kinds);
    }

    private ColumnBinder() {
    }

    static List<ColumnDefinition> columns(Fields owner) {
        List<ColumnDefinition> columns = new ArrayList<>();
        Map<String, Span> seen = new HashMap<>();
        for (YamlItem item : owner.items("columns")) {
            Fields column = item.read(owner.ctx, owner.positions, COLUMN);
            if (!column.require("name", null)) {
                continue;
            }
            String name = RuntimeBinder.nonEmpty(column, "name");
            if (name == null) {
                continue;
            }
            Span first = seen.putIfAbsent(name, column.valueSpan("name"));
            if (first != null) {
                owner.ctx.problems.invalid(column.valueSpan("name"), "Column '" + name + "' is declared twice in '"
                        + owner.path + "' (first at line " + first.line() + ")", "Remove one of the two.");
                continue;
            }
            columns.add(new ColumnDefinition(name, RuntimeBinder.nonEmpty(column, "type"),
                    column.string("description"), classification(column, "classification"),
                    column.bool("proctime", false), tests(column), item.span()));
        }
        return columns;
    }

    static Classification classification(Fields fields, String key) {
        String value = fields.choice(key, CLASSIFICATIONS);
        return value == null ? null : Classification.fromWireValue(value);
    }

    private static List<ColumnTest> tests(Fields column) {
        List<ColumnTest> tests = new ArrayList<>();
        for (YamlItem item : column.items("tests")) {
            if (item.node() instanceof ScalarNode && !Scalars.isNull(item.node())) {
                String kind = Values.choice(column.ctx, item.node(), item.path(), COLUMN_TESTS, false);
                if (kind != null) {
                    tests.add(new ColumnTest(kind, Map.of(), item.span()));
                }
            } else if (item.node() instanceof MappingNode mapping && mapping.getValue().size() == 1) {
                YamlEntry entry = YamlEntry.allOf(column.ctx, mapping, item.path(), item.canonical(),
                        column.positions).stream().findFirst().orElse(null);
                if (entry == null) {
                    continue;
                }
                String kind = Values.choice(column.ctx, entry.keyNode(), entry.path(), COLUMN_TESTS, false);
                Object config = Plain.value(column.ctx, entry.value(), entry.path());
                if (config != null && !(config instanceof Map)) {
                    Values.wrongType(column.ctx, entry.value(), entry.path(), "a mapping of settings", null);
                } else if (kind != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> settings = config == null ? Map.of() : (Map<String, Object>) config;
                    tests.add(new ColumnTest(kind, new LinkedHashMap<>(settings), item.span()));
                }
            } else {
                Values.wrongType(column.ctx, item.node(), item.path(),
                        "a test name or a mapping with one test name", "Write - not_null or - accepted_values: {values: [a, b]}.");
            }
        }
        return tests;
    }
}
