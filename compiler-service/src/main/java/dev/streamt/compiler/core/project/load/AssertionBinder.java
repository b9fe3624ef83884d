package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Assertion;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.SqlText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads a test's {@code assertions[]}: one key per item, each kind with its own fields. */
final class AssertionBinder {

    static final Keys KINDS = Keys.of(Assertion.KINDS.toArray(String[]::new));
    static final Map<String, Keys> FIELDS = Map.of(
            "not_null", Keys.of("columns"),
            "accepted_values", Keys.of("column", "values"),
            "accepted_types", Keys.of("types"),
            "range", Keys.of("column", "min", "max"),
            "unique_key", Keys.of("key", "tolerance", "window"),
            "foreign_key", Keys.of("column", "ref_model", "ref_key", "window", "match_rate"),
            "max_lag", Keys.of("column", "max_seconds"),
            "throughput", Keys.of("min_per_second", "max_per_second"),
            "distribution", Keys.of("column", "buckets"),
            "custom_sql", Keys.of("sql", "expect"));
    static final Keys BUCKET = Keys.of("min", "max", "expected_ratio", "tolerance");
    private static final BigDecimal ONE = BigDecimal.ONE;

    private AssertionBinder() {
    }

    static List<Assertion> assertions(Fields test) {
        List<Assertion> assertions = new ArrayList<>();
        for (YamlItem item : test.items("assertions")) {
            if (!item.isMapping(test.ctx, "an assertion like not_null: {columns: [...]}")) {
                continue;
            }
            if (((MappingNode) item.node()).getValue().size() != 1) {
                test.ctx.problems.invalid(item.span(), "'" + item.path() + "' must hold exactly one assertion",
                        "Write one assertion per list item.");
                continue;
            }
            Fields assertion = item.read(test.ctx, test.positions, KINDS);
            for (String kind : assertion.keys()) {
                Fields body = assertion.map(kind, FIELDS.get(kind));
                if (body == null) {
                    test.ctx.problems.invalid(assertion.keySpan(kind), "'" + assertion.pathOf(kind)
                            + "' needs its settings", "Fields of " + kind + ": "
                            + String.join(", ", FIELDS.get(kind).names()) + ".");
                    continue;
                }
                Assertion bound = bind(kind, body, item.span());
                if (bound != null) {
                    assertions.add(bound);
                }
            }
        }
        return assertions;
    }

    private static Assertion bind(String kind, Fields body, Span span) {
        switch (kind) {
            case "not_null":
                return body.require("columns", "the columns that must not be null")
                        ? new Assertion.NotNull(body.strings("columns"), span) : null;
            case "accepted_values":
                return body.require("column", null) & body.require("values", "the accepted values")
                        ? new Assertion.AcceptedValues(body.string("column"), values(body), span) : null;
            case "accepted_types":
                return body.require("types", "column: type pairs") ? new Assertion.AcceptedTypes(types(body), span)
                        : null;
            case "range":
                return range(body, span);
            case "unique_key":
                return body.require("key", "the key column(s)") ? new Assertion.UniqueKey(keyColumns(body),
                        orZero(body.number("tolerance", BigDecimal.ZERO, ONE)), body.duration("window"), span) : null;
            case "foreign_key":
                boolean complete = body.require("column", null) & body.require("ref_model", null)
                        & body.require("ref_key", null);
                BigDecimal rate = body.number("match_rate", BigDecimal.ZERO, ONE);
                return complete ? new Assertion.ForeignKey(body.string("column"), body.string("ref_model"),
                        body.string("ref_key"), body.duration("window"), rate == null ? null : rate.doubleValue(),
                        span) : null;
            case "max_lag":
                return body.require("column", null) & body.require("max_seconds", null)
                        ? new Assertion.MaxLag(body.string("column"), body.longValue("max_seconds", 0), span) : null;
            case "throughput":
                return throughput(body, span);
            case "distribution":
                return distribution(body, span);
            default:
                return customSql(body, span);
        }
    }

    private static double orZero(BigDecimal value) {
        return value == null ? 0.0 : value.doubleValue();
    }

    private static List<Object> values(Fields body) {
        Object values = Plain.value(body.ctx, body.value("values"), body.pathOf("values"));
        if (values instanceof List<?> list && !list.isEmpty()) {
            return new ArrayList<>(list);
        }
        Values.wrongType(body.ctx, body.value("values"), body.pathOf("values"), "a non-empty list of values", null);
        return List.of();
    }

    private static Map<String, String> types(Fields body) {
        Map<String, String> types = new LinkedHashMap<>();
        for (YamlEntry entry : body.entries("types")) {
            String type = Values.choice(body.ctx, entry.value(), entry.path(), Assertion.AcceptedTypes.TYPES, false);
            if (type != null) {
                types.put(entry.name(), type);
            }
        }
        return types;
    }

    private static List<String> keyColumns(Fields body) {
        Node key = body.value("key");
        if (key instanceof SequenceNode) {
            return body.strings("key");
        }
        String column = body.string("key");
        return column == null ? List.of() : List.of(column);
    }

    private static Assertion range(Fields body, Span span) {
        boolean complete = body.require("column", null);
        BigDecimal min = body.number("min", null, null);
        BigDecimal max = body.number("max", null, null);
        if (!body.has("min") && !body.has("max")) {
            body.ctx.problems.invalid(body.span(), "'" + body.path + "' needs 'min', 'max' or both", null);
            return null;
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            body.ctx.problems.invalid(body.valueSpan("min"), "'" + body.pathOf("min") + "' (" + min.toPlainString()
                    + ") is greater than 'max' (" + max.toPlainString() + ")", null);
            return null;
        }
        return complete ? new Assertion.Range(body.string("column"), min, max, span) : null;
    }

    private static Assertion throughput(Fields body, Span span) {
        BigDecimal min = body.number("min_per_second", BigDecimal.ZERO, null);
        BigDecimal max = body.number("max_per_second", BigDecimal.ZERO, null);
        if (!body.has("min_per_second") && !body.has("max_per_second")) {
            body.ctx.problems.invalid(body.span(), "'" + body.path + "' needs 'min_per_second', 'max_per_second' "
                    + "or both", null);
            return null;
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            body.ctx.problems.invalid(body.valueSpan("min_per_second"), "'" + body.pathOf("min_per_second")
                    + "' is greater than 'max_per_second'", null);
            return null;
        }
        return new Assertion.Throughput(min, max, span);
    }

    private static Assertion distribution(Fields body, Span span) {
        boolean complete = body.require("column", null) & body.require("buckets", "the expected buckets");
        List<Assertion.Bucket> buckets = new ArrayList<>();
        for (YamlItem item : body.items("buckets")) {
            Fields bucket = item.read(body.ctx, body.positions, BUCKET);
            buckets.add(new Assertion.Bucket(bucket.number("min", null, null), bucket.number("max", null, null),
                    bucket.number("expected_ratio", BigDecimal.ZERO, ONE),
                    bucket.number("tolerance", BigDecimal.ZERO, ONE), item.span()));
        }
        return complete ? new Assertion.Distribution(body.string("column"), buckets, span) : null;
    }

    private static Assertion customSql(Fields body, Span span) {
        if (!body.require("sql", "the SQL query to run")) {
            return null;
        }
        Node node = body.value("sql");
        if (!(node instanceof ScalarNode scalar) || !Scalars.isString(scalar)) {
            return Values.wrongType(body.ctx, node, body.pathOf("sql"), "a string (SQL with Jinja)", null);
        }
        body.ctx.scanVariables(scalar.getValue());
        SqlText sql = ScalarMapper.sqlText(body.ctx, scalar, body.pathOf("sql"), body.keySpan("sql").column() - 1);
        return new Assertion.CustomSql(sql, Plain.value(body.ctx, body.value("expect"), body.pathOf("expect")), span);
    }
}
