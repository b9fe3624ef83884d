package dev.streamt.compiler.core.sql.types;

import dev.streamt.compiler.core.sql.types.FlinkType.Field;
import dev.streamt.compiler.core.sql.types.FlinkType.Root;
import dev.streamt.compiler.core.sql.types.FlinkType.TimeAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A recursive-descent reader of Flink SQL type strings (the grammar of Flink's {@code LogicalTypeParser} and of DDL
 * column types). Results are cached by text (bounded), so declared column types cost one parse per distinct string.
 * Thread-safe: every parse uses its own cursor; the cache is concurrent.
 */
public final class FlinkTypeParser {

    private static final int CACHE_LIMIT = 4096;
    private static final ConcurrentHashMap<String, FlinkType> CACHE = new ConcurrentHashMap<>();
    private static final FlinkType INVALID = FlinkType.of(Root.NULL, 0, 0).notNull();

    private final List<String> tokens;
    private int pos;

    private FlinkTypeParser(List<String> tokens) {
        this.tokens = tokens;
    }

    /** The parsed type, or null when the text is not a known Flink type. */
    public static FlinkType parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        FlinkType cached = CACHE.get(text);
        if (cached == null) {
            cached = parseUncached(text);
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.put(text, cached);
            }
        }
        return cached == INVALID ? null : cached;
    }

    private static FlinkType parseUncached(String text) {
        List<String> tokens = FlinkTypeTokenizer.tokenize(text);
        if (tokens == null) {
            return INVALID;
        }
        FlinkTypeParser parser = new FlinkTypeParser(tokens);
        FlinkType type = parser.type();
        return type == null || parser.pos != tokens.size() ? INVALID : type;
    }

    private FlinkType type() {
        FlinkType type = base();
        if (type == null) {
            return null;
        }
        while (pos < tokens.size()) {
            if (accept("ARRAY")) {
                type = FlinkType.array(type);
            } else if (accept("MULTISET")) {
                type = FlinkType.multiset(type);
            } else if (accept("NOT")) {
                if (!accept("NULL")) {
                    return null;
                }
                type = type.notNull();
            } else if (accept("NULL")) {
                type = type.withNullable(true);
            } else if (accept("*ROWTIME*") || accept("*PROCTIME*")) {
                if (!type.isTimestamp()) {
                    return null;
                }
                type = type.withTimeAttribute(tokens.get(pos - 1).startsWith("*R")
                        ? TimeAttribute.ROWTIME : TimeAttribute.PROCTIME);
            } else {
                break;
            }
        }
        return type;
    }

    private FlinkType base() {
        if (pos >= tokens.size()) {
            return null;
        }
        String word = tokens.get(pos++).toUpperCase(Locale.ROOT);
        switch (word) {
            case "CHAR", "CHARACTER":
                return accept("VARYING") ? FlinkType.varchar(length(FlinkType.MAX_LENGTH))
                        : FlinkType.chr(length(1));
            case "VARCHAR":
                return FlinkType.varchar(length(FlinkType.MAX_LENGTH));
            case "STRING":
                return FlinkType.STRING;
            case "BOOLEAN":
                return FlinkType.BOOLEAN;
            case "BINARY":
                return accept("VARYING") ? FlinkType.of(Root.VARBINARY, length(FlinkType.MAX_LENGTH), 0)
                        : FlinkType.of(Root.BINARY, length(1), 0);
            case "VARBINARY":
                return FlinkType.of(Root.VARBINARY, length(FlinkType.MAX_LENGTH), 0);
            case "BYTES":
                return FlinkType.BYTES;
            case "DECIMAL", "DEC", "NUMERIC":
                return decimal();
            case "TINYINT":
                return FlinkType.TINYINT;
            case "SMALLINT":
                return FlinkType.SMALLINT;
            case "INT", "INTEGER":
                return FlinkType.INT;
            case "BIGINT":
                return FlinkType.BIGINT;
            case "FLOAT", "REAL":
                return FlinkType.FLOAT;
            case "DOUBLE":
                accept("PRECISION");
                return FlinkType.DOUBLE;
            case "DATE":
                return FlinkType.DATE;
            case "TIME":
                return time();
            case "TIMESTAMP":
                return timestamp();
            case "TIMESTAMP_LTZ":
                return FlinkType.timestampLtz(length(6));
            case "INTERVAL":
                return interval();
            case "ARRAY", "MULTISET":
                return collection(word);
            case "MAP":
                return map();
            case "ROW":
                return row();
            case "RAW":
                return raw();
            case "VARIANT":
                return FlinkType.of(Root.VARIANT, 0, 0);
            case "NULL":
                return FlinkType.NULL;
            default:
                return null;
        }
    }

    private FlinkType decimal() {
        if (!accept("(")) {
            return FlinkType.decimal(10, 0);
        }
        int precision = number();
        int scale = accept(",") ? number() : 0;
        if (!accept(")") || precision < 1 || precision > FlinkType.MAX_DECIMAL_PRECISION || scale < 0
                || scale > precision) {
            pos = tokens.size() + 1;
            return null;
        }
        return FlinkType.decimal(precision, scale);
    }

    private FlinkType time() {
        int precision = length(0);
        if (accept("WITHOUT")) {
            expectWords("TIME", "ZONE");
        }
        return FlinkType.of(Root.TIME, precision, 0);
    }

    private FlinkType timestamp() {
        int precision = length(6);
        if (accept("WITHOUT")) {
            expectWords("TIME", "ZONE");
        } else if (accept("WITH")) {
            boolean local = accept("LOCAL");
            expectWords("TIME", "ZONE");
            return FlinkType.of(local ? Root.TIMESTAMP_LTZ : Root.TIMESTAMP_TZ, precision, 0);
        }
        return FlinkType.timestamp(precision);
    }

    private FlinkType interval() {
        StringBuilder qualifier = new StringBuilder();
        Root root = null;
        while (pos < tokens.size()) {
            String unit = tokens.get(pos).toUpperCase(Locale.ROOT);
            if (!List.of("YEAR", "MONTH", "DAY", "HOUR", "MINUTE", "SECOND", "TO").contains(unit)) {
                break;
            }
            pos++;
            if (root == null) {
                root = unit.equals("YEAR") || unit.equals("MONTH") ? Root.INTERVAL_YEAR_MONTH : Root.INTERVAL_DAY_TIME;
            }
            qualifier.append(qualifier.length() == 0 ? "" : " ").append(unit);
            if (accept("(")) {
                int precision = number();
                if (precision < 0 || !accept(")")) {
                    return null;
                }
                qualifier.append('(').append(precision).append(')');
            }
        }
        if (root == null) {
            return null;
        }
        return new FlinkType(root, 0, 0, List.of(), List.of(), true, TimeAttribute.NONE, qualifier.toString());
    }

    private FlinkType collection(String word) {
        if (!accept("<")) {
            return null;
        }
        FlinkType element = type();
        if (element == null || !accept(">")) {
            return null;
        }
        return word.equals("ARRAY") ? FlinkType.array(element) : FlinkType.multiset(element);
    }

    private FlinkType map() {
        if (!accept("<")) {
            return null;
        }
        FlinkType key = type();
        if (key == null || !accept(",")) {
            return null;
        }
        FlinkType value = type();
        return value == null || !accept(">") ? null : FlinkType.map(key, value);
    }

    private FlinkType row() {
        String close = accept("<") ? ">" : accept("(") ? ")" : null;
        if (close == null) {
            return null;
        }
        List<Field> fields = new ArrayList<>();
        while (!accept(close)) {
            if (!fields.isEmpty() && !accept(",")) {
                return null;
            }
            if (pos >= tokens.size()) {
                return null;
            }
            String name = unquote(tokens.get(pos++));
            FlinkType fieldType = type();
            if (name == null || fieldType == null) {
                return null;
            }
            String description = null;
            if (pos < tokens.size() && tokens.get(pos).startsWith("'")) {
                description = unquoteString(tokens.get(pos++));
            }
            fields.add(new Field(name, fieldType, description));
        }
        return FlinkType.row(fields);
    }

    private FlinkType raw() {
        if (!accept("(")) {
            return null;
        }
        StringBuilder args = new StringBuilder();
        while (pos < tokens.size() && tokens.get(pos).startsWith("'")) {
            args.append(args.length() == 0 ? "" : ", ").append(tokens.get(pos++));
            if (!accept(",")) {
                break;
            }
        }
        if (args.length() == 0 || !accept(")")) {
            return null;
        }
        return new FlinkType(Root.RAW, 0, 0, List.of(), List.of(), true, TimeAttribute.NONE, args.toString());
    }

    /** An optional {@code (n)}; the default when absent. */
    private int length(int defaultValue) {
        if (!accept("(")) {
            return defaultValue;
        }
        int value = number();
        if (!accept(")") || value < 0) {
            pos = tokens.size() + 1;
            return defaultValue;
        }
        return value;
    }

    private int number() {
        if (pos < tokens.size() && Character.isDigit(tokens.get(pos).charAt(0))) {
            try {
                return Integer.parseInt(tokens.get(pos++));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    private void expectWords(String... words) {
        for (String word : words) {
            if (!accept(word)) {
                pos = tokens.size() + 1;
                return;
            }
        }
    }

    private boolean accept(String token) {
        if (pos < tokens.size() && tokens.get(pos).equalsIgnoreCase(token)) {
            pos++;
            return true;
        }
        return false;
    }

    private static String unquote(String token) {
        if (token.startsWith("`")) {
            return token.substring(1, token.length() - 1).replace("``", "`");
        }
        char first = token.charAt(0);
        return Character.isLetter(first) || first == '_' ? token : null;
    }

    private static String unquoteString(String token) {
        return token.substring(1, token.length() - 1).replace("''", "'");
    }
}
