package dev.streamt.compiler.core.sql;

import dev.streamt.compiler.core.sql.types.FlinkType.Root;
import dev.streamt.compiler.core.sql.types.FlinkType.TimeAttribute;
import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.compiler.core.sql.types.TypeRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Return types of Flink's built-in functions, table-driven by upper-case name: a rule from the argument types and a
 * nullability policy. Functions not in the table are user-defined or unknown: the caller falls back to STRING, not
 * inferred. Operators with their own syntax (CAST, CASE, arithmetic, comparisons, ITEM, constructors, EXTRACT, ...)
 * are typed by {@link ExpressionTyper}. Immutable and thread-safe.
 */
final class FunctionTypes {

    /** How the result's nullability is derived. */
    enum Nulls { IF_ANY_ARGUMENT, ALWAYS, NEVER, FROM_RULE }

    /** The result type from the argument types; null when the arguments do not fit. */
    @FunctionalInterface
    interface Rule {
        FlinkType apply(List<FlinkType> args);
    }

    /** One function: its rule, nullability, and whether the result type depends on argument types. */
    record Spec(Rule rule, Nulls nulls, boolean dependsOnArguments) {
    }

    /** Aggregate functions (a group aggregate unless used with OVER). */
    static final Set<String> AGGREGATES = Set.of("COUNT", "SUM", "SUM0", "$SUM0", "AVG", "MIN", "MAX", "STDDEV",
            "STDDEV_POP", "STDDEV_SAMP", "VARIANCE", "VAR_POP", "VAR_SAMP", "COLLECT", "LISTAGG", "FIRST_VALUE",
            "LAST_VALUE", "ARRAY_AGG", "JSON_OBJECTAGG", "JSON_ARRAYAGG", "APPROX_COUNT_DISTINCT", "BIT_AND",
            "BIT_OR", "BIT_XOR", "BOOL_AND", "BOOL_OR", "SINGLE_VALUE");
    /** Aggregates whose result is NULL over an empty group (no GROUP BY). */
    static final Set<String> NULL_WHEN_EMPTY = Set.of("SUM", "AVG", "MIN", "MAX", "STDDEV", "STDDEV_POP",
            "STDDEV_SAMP", "VARIANCE", "VAR_POP", "VAR_SAMP", "FIRST_VALUE", "LAST_VALUE", "BIT_AND", "BIT_OR",
            "BIT_XOR");
    /** Ranking functions: with OVER they make a Top-N or a deduplication. */
    static final Set<String> RANKING = Set.of("ROW_NUMBER", "RANK", "DENSE_RANK", "PERCENT_RANK", "CUME_DIST",
            "NTILE");
    /** Functions that need no parentheses and parse as identifiers (CURRENT_TIMESTAMP). */
    static final Set<String> NILADIC = Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIME",
            "LOCALTIMESTAMP", "CURRENT_ROW_TIMESTAMP", "USER", "CURRENT_USER", "SESSION_USER", "SYSTEM_USER");

    private static final Map<String, Spec> TABLE = new HashMap<>(512);

    static {
        fixed(FlinkType.STRING, Nulls.IF_ANY_ARGUMENT, "SUBSTRING", "SUBSTR", "REPLACE", "REGEXP_REPLACE", "LPAD",
                "RPAD", "REPEAT", "OVERLAY", "CONCAT", "MD5", "SHA1", "SHA2", "SHA224", "SHA256", "SHA384", "SHA512",
                "TO_BASE64", "FROM_BASE64", "CHR", "LEFT", "RIGHT", "TRANSLATE", "DATE_FORMAT", "CONVERT_TZ",
                "FROM_UNIXTIME", "URL_DECODE", "URL_ENCODE", "REVERSE", "TRIM", "LTRIM", "RTRIM", "BTRIM",
                "INITCAP", "DECODE", "ELT", "PRINTF", "JSON_QUOTE", "JSON_UNQUOTE", "ARRAY_JOIN", "SPLIT_PART",
                "TO_CHAR", "HEX", "BIN", "UNHEX", "CONCAT_WS", "LOWER", "UPPER", "LCASE", "UCASE");
        fixed(FlinkType.STRING, Nulls.ALWAYS, "REGEXP_EXTRACT", "SPLIT_INDEX", "PARSE_URL", "JSON_VALUE",
                "JSON_QUERY", "JSON_STRING", "LISTAGG", "STR_TO_JSON");
        fixed(FlinkType.STRING, Nulls.NEVER, "UUID", "JSON_OBJECT", "JSON_ARRAY", "JSON_OBJECTAGG", "JSON_ARRAYAGG",
                "CURRENT_DATABASE", "CURRENT_CATALOG", "TYPEOF", "USER", "CURRENT_USER", "SESSION_USER",
                "SYSTEM_USER");
        fixed(FlinkType.BYTES, Nulls.IF_ANY_ARGUMENT, "ENCODE");
        fixed(FlinkType.INT, Nulls.IF_ANY_ARGUMENT, "CHAR_LENGTH", "CHARACTER_LENGTH", "LENGTH", "LOCATE", "INSTR",
                "ASCII", "POSITION", "OCTET_LENGTH", "BIT_LENGTH", "HASH_CODE", "CARDINALITY", "TIMESTAMPDIFF", "ARRAY_POSITION",
                "NTILE", "RAND_INTEGER", "REGEXP_COUNT", "REGEXP_INSTR");
        fixed(FlinkType.BIGINT, Nulls.IF_ANY_ARGUMENT, "YEAR", "QUARTER", "MONTH", "WEEK", "DAYOFYEAR",
                "DAYOFMONTH", "DAYOFWEEK", "HOUR", "MINUTE", "SECOND", "UNIX_TIMESTAMP", "EXTRACT");
        fixed(FlinkType.BIGINT.notNull(), Nulls.NEVER, "COUNT", "APPROX_COUNT_DISTINCT", "ROW_NUMBER", "RANK",
                "DENSE_RANK", "MATCH_NUMBER");
        fixed(FlinkType.BOOLEAN, Nulls.IF_ANY_ARGUMENT, "IS_ALPHA", "IS_DECIMAL", "IS_DIGIT", "REGEXP",
                "ARRAY_CONTAINS", "STARTSWITH", "ENDSWITH", "JSON_EXISTS", "REGEXP_LIKE", "MAP_CONTAINS_KEY");
        fixed(FlinkType.DOUBLE, Nulls.IF_ANY_ARGUMENT, "POWER", "SQRT", "EXP", "LN", "LOG", "LOG10", "LOG2", "SIN",
                "COS", "TAN", "COT", "ASIN", "ACOS", "ATAN", "ATAN2", "SINH", "COSH", "TANH", "DEGREES", "RADIANS",
                "CBRT");
        fixed(FlinkType.DOUBLE.notNull(), Nulls.NEVER, "RAND", "PI", "E", "PERCENT_RANK", "CUME_DIST");
        fixed(FlinkType.DATE, Nulls.IF_ANY_ARGUMENT, "TO_DATE");
        fixed(FlinkType.DATE.notNull(), Nulls.NEVER, "CURRENT_DATE");
        fixed(FlinkType.of(Root.TIME, 0, 0).notNull(), Nulls.NEVER, "CURRENT_TIME", "LOCALTIME");
        fixed(FlinkType.timestamp(3), Nulls.IF_ANY_ARGUMENT, "TO_TIMESTAMP");
        fixed(FlinkType.timestamp(3).notNull(), Nulls.NEVER, "LOCALTIMESTAMP");
        fixed(FlinkType.timestampLtz(3), Nulls.IF_ANY_ARGUMENT, "TO_TIMESTAMP_LTZ");
        fixed(FlinkType.timestampLtz(3).notNull(), Nulls.NEVER, "CURRENT_TIMESTAMP", "NOW", "CURRENT_ROW_TIMESTAMP");
        fixed(Inputs.PROCTIME, Nulls.NEVER, "PROCTIME", "MATCH_PROCTIME");
        fixed(FlinkType.timestamp(3).notNull().withTimeAttribute(TimeAttribute.ROWTIME), Nulls.NEVER,
                "MATCH_ROWTIME");
        fixed(FlinkType.array(FlinkType.STRING), Nulls.IF_ANY_ARGUMENT, "SPLIT", "REGEXP_EXTRACT_ALL");
        fixed(FlinkType.map(FlinkType.STRING, FlinkType.STRING), Nulls.IF_ANY_ARGUMENT, "STR_TO_MAP");
        fixed(FlinkType.STRING.notNull(), Nulls.NEVER, "CLASSIFIER");

        rule(args -> arg(args, 0), Nulls.IF_ANY_ARGUMENT, "ABS", "SIGN", "TRUNCATE", "ARRAY_DISTINCT",
                "ARRAY_REMOVE", "ARRAY_REVERSE", "ARRAY_SORT", "ARRAY_SLICE", "ARRAY_CONCAT", "ARRAY_APPEND",
                "ARRAY_PREPEND", "ARRAY_UNION", "ARRAY_EXCEPT", "ARRAY_INTERSECT", "FIRST", "LAST", "PREV", "NEXT");
        rule(args -> arg(args, 0), Nulls.IF_ANY_ARGUMENT, "MIN", "MAX", "FIRST_VALUE", "LAST_VALUE", "BIT_AND",
                "BIT_OR", "BIT_XOR");
        rule(args -> arg(args, 0), Nulls.ALWAYS, "LAG", "LEAD", "NULLIF", "SINGLE_VALUE");
        rule(args -> arg(args, 1), Nulls.IF_ANY_ARGUMENT, "TIMESTAMPADD");
        rule(args -> element(arg(args, 0)), Nulls.ALWAYS, "ELEMENT", "ARRAY_MAX", "ARRAY_MIN");
        rule(args -> keyOrValue(arg(args, 0), 0), Nulls.IF_ANY_ARGUMENT, "MAP_KEYS");
        rule(args -> keyOrValue(arg(args, 0), 1), Nulls.IF_ANY_ARGUMENT, "MAP_VALUES");
        rule(args -> floorCeil(arg(args, 0)), Nulls.IF_ANY_ARGUMENT, "FLOOR", "CEIL", "CEILING");
        rule(args -> args.isEmpty() ? null : TypeRules.commonType(args), Nulls.IF_ANY_ARGUMENT, "GREATEST", "LEAST");
        rule(args -> args.isEmpty() ? null : coalesce(args), Nulls.FROM_RULE, "COALESCE", "IFNULL", "NVL");
        rule(args -> args.size() < 3 ? null : TypeRules.commonType(args.subList(1, 3)), Nulls.FROM_RULE, "IF");
        rule(args -> args.size() < 2 ? null : TypeRules.mod(args.get(0), args.get(1)), Nulls.IF_ANY_ARGUMENT, "MOD");
        rule(args -> nonNull(args, 0) ? TypeRules.sum(args.get(0)) : null, Nulls.IF_ANY_ARGUMENT, "SUM");
        rule(args -> nonNull(args, 0) ? TypeRules.sum(args.get(0)).notNull() : null, Nulls.NEVER, "SUM0", "$SUM0");
        rule(args -> nonNull(args, 0) ? TypeRules.average(args.get(0)) : null, Nulls.IF_ANY_ARGUMENT, "AVG", "STDDEV",
                "STDDEV_POP", "STDDEV_SAMP", "VARIANCE", "VAR_POP", "VAR_SAMP");
        rule(args -> nonNull(args, 0) ? FlinkType.multiset(args.get(0).withoutTimeAttribute()).notNull() : null,
                Nulls.NEVER, "COLLECT");
        rule(args -> nonNull(args, 0) ? FlinkType.array(args.get(0).withoutTimeAttribute()) : null, Nulls.ALWAYS,
                "ARRAY_AGG");
        rule(args -> FlinkType.BOOLEAN, Nulls.ALWAYS, "BOOL_AND", "BOOL_OR");
        shaped(FunctionTypes::windowBound, Nulls.NEVER, "TUMBLE_START", "TUMBLE_END", "HOP_START", "HOP_END",
                "SESSION_START", "SESSION_END", "CUMULATE_START", "CUMULATE_END");
        shaped(args -> windowBound(args).withTimeAttribute(TimeAttribute.ROWTIME), Nulls.NEVER, "TUMBLE_ROWTIME",
                "HOP_ROWTIME", "SESSION_ROWTIME", "CUMULATE_ROWTIME");
        shaped(args -> Inputs.PROCTIME, Nulls.NEVER, "TUMBLE_PROCTIME", "HOP_PROCTIME", "SESSION_PROCTIME",
                "CUMULATE_PROCTIME");
    }

    private FunctionTypes() {
    }

    /** The function's spec, or null when it is not a known built-in. */
    static Spec lookup(String upperCaseName) {
        return TABLE.get(upperCaseName);
    }

    /** Applies a spec to typed arguments; {@link Typed#UNKNOWN} when the arguments do not fit the rule. */
    static Typed apply(Spec spec, List<Typed> args) {
        List<FlinkType> types = new ArrayList<>(args.size());
        boolean anyNullable = false;
        boolean allInferred = true;
        for (Typed arg : args) {
            types.add(arg.type());
            anyNullable |= arg.type().nullable();
            allInferred &= arg.inferred();
        }
        FlinkType result = spec.rule().apply(types);
        if (result == null) {
            return Typed.UNKNOWN;
        }
        result = switch (spec.nulls()) {
            case IF_ANY_ARGUMENT -> result.withNullable(anyNullable);
            case ALWAYS -> result.withNullable(true);
            case NEVER -> result.notNull();
            case FROM_RULE -> result;
        };
        return new Typed(result, allInferred || !spec.dependsOnArguments());
    }

    private static void fixed(FlinkType type, Nulls nulls, String... names) {
        for (String name : names) {
            TABLE.putIfAbsent(name, new Spec(args -> type, nulls, false));
        }
    }

    private static void rule(Rule rule, Nulls nulls, String... names) {
        for (String name : names) {
            TABLE.put(name, new Spec(rule, nulls, true));
        }
    }

    /** A rule whose result is known whatever the argument types (window bounds over a defaulted time column). */
    private static void shaped(Rule rule, Nulls nulls, String... names) {
        for (String name : names) {
            TABLE.put(name, new Spec(rule, nulls, false));
        }
    }

    private static FlinkType arg(List<FlinkType> args, int index) {
        return args.size() > index ? args.get(index).withoutTimeAttribute() : null;
    }

    private static boolean nonNull(List<FlinkType> args, int index) {
        return args.size() > index && args.get(index).root() != Root.NULL;
    }

    private static FlinkType element(FlinkType collection) {
        return collection != null && (collection.root() == Root.ARRAY || collection.root() == Root.MULTISET)
                ? collection.elements().get(0) : null;
    }

    private static FlinkType keyOrValue(FlinkType map, int index) {
        return map != null && map.root() == Root.MAP ? FlinkType.array(map.elements().get(index)) : null;
    }

    /** FLOOR/CEIL of a DECIMAL(p, s) is DECIMAL(p, 0); other types are kept (also FLOOR(ts TO HOUR)). */
    private static FlinkType floorCeil(FlinkType type) {
        if (type == null || type.root() != Root.DECIMAL || type.scale() == 0) {
            return type;
        }
        return FlinkType.decimal(type.precision(), 0);
    }

    /** COALESCE: the common type, nullable only when every argument is. */
    private static FlinkType coalesce(List<FlinkType> args) {
        FlinkType common = TypeRules.commonType(args);
        if (common == null) {
            return null;
        }
        boolean allNullable = true;
        for (FlinkType arg : args) {
            allNullable &= arg.nullable();
        }
        return common.withNullable(allNullable);
    }

    /** TUMBLE_START and friends: TIMESTAMP(3) NOT NULL, or TIMESTAMP_LTZ(3) NOT NULL over an LTZ time column. */
    private static FlinkType windowBound(List<FlinkType> args) {
        FlinkType time = args.isEmpty() ? null : args.get(0);
        return (time != null && time.root() == Root.TIMESTAMP_LTZ ? FlinkType.timestampLtz(3)
                : FlinkType.timestamp(3)).notNull();
    }
}
