package dev.streamt.compiler.core.sql.types;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Flink SQL logical type as the compiler reasons about it: a {@link Root}, its length/precision and scale, element
 * types (ARRAY, MULTISET, MAP) or fields (ROW), nullability, and whether it is a time attribute.
 *
 * <p>{@link #toString()} prints the type the way Flink summarises it ({@code BIGINT NOT NULL},
 * {@code DECIMAL(10, 2)}, {@code STRING}, {@code ROW<`a` INT, `b` STRING>}, {@code TIMESTAMP(3) *ROWTIME*});
 * {@link #ddl()} prints it as it can be written in a {@code CREATE TABLE} column (no time-attribute marker).
 * {@link #parse(String)} reads both forms plus the usual synonyms (INTEGER, VARCHAR(n), BYTES, DOUBLE PRECISION,
 * TIMESTAMP(3) WITH LOCAL TIME ZONE, ...), applying Flink SQL's defaults (VARCHAR = STRING, TIMESTAMP = TIMESTAMP(6),
 * DECIMAL = DECIMAL(10, 0)).
 *
 * <p>Immutable and thread-safe.
 *
 * @param root the type root
 * @param precision length of CHAR/VARCHAR/BINARY/VARBINARY, precision of DECIMAL/TIME/TIMESTAMP*, else 0
 * @param scale scale of DECIMAL, else 0
 * @param elements the element type of ARRAY/MULTISET, key and value types of MAP, else empty
 * @param fields the fields of ROW, else empty
 * @param nullable whether NULL is a value of the type
 * @param timeAttribute whether a TIMESTAMP/TIMESTAMP_LTZ is Flink's event-time or processing-time attribute
 * @param qualifier the spelled qualifier of INTERVAL (like {@code SECOND(3)}) and RAW (its arguments), else empty
 */
public record FlinkType(Root root, int precision, int scale, List<FlinkType> elements, List<Field> fields,
        boolean nullable, TimeAttribute timeAttribute, String qualifier) {

    /** The length of STRING / BYTES (VARCHAR and VARBINARY of maximum length). */
    public static final int MAX_LENGTH = Integer.MAX_VALUE;

    /** The largest DECIMAL precision. */
    public static final int MAX_DECIMAL_PRECISION = 38;

    /** The roots of Flink's logical types. */
    public enum Root {
        CHAR, VARCHAR, BOOLEAN, BINARY, VARBINARY, DECIMAL, TINYINT, SMALLINT, INTEGER, BIGINT, FLOAT, DOUBLE, DATE,
        TIME, TIMESTAMP, TIMESTAMP_LTZ, TIMESTAMP_TZ, INTERVAL_YEAR_MONTH, INTERVAL_DAY_TIME, ARRAY, MULTISET, MAP, ROW,
        RAW, VARIANT, NULL
    }

    /** Flink time attributes (printed as {@code *ROWTIME*} / {@code *PROCTIME*}). */
    public enum TimeAttribute { NONE, ROWTIME, PROCTIME }

    /**
     * A field of a ROW type.
     *
     * @param name the field name
     * @param type the field type
     * @param description the optional field description, or null
     */
    public record Field(String name, FlinkType type, String description) {
        public Field {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("ROW field name must not be empty");
            }
            Objects.requireNonNull(type, "ROW field type");
        }

        /** A field without description. */
        public static Field of(String name, FlinkType type) {
            return new Field(name, type, null);
        }
    }

    public static final FlinkType STRING = of(Root.VARCHAR, MAX_LENGTH, 0);
    public static final FlinkType BOOLEAN = of(Root.BOOLEAN, 0, 0);
    public static final FlinkType TINYINT = of(Root.TINYINT, 0, 0);
    public static final FlinkType SMALLINT = of(Root.SMALLINT, 0, 0);
    public static final FlinkType INT = of(Root.INTEGER, 0, 0);
    public static final FlinkType BIGINT = of(Root.BIGINT, 0, 0);
    public static final FlinkType FLOAT = of(Root.FLOAT, 0, 0);
    public static final FlinkType DOUBLE = of(Root.DOUBLE, 0, 0);
    public static final FlinkType DATE = of(Root.DATE, 0, 0);
    public static final FlinkType BYTES = of(Root.VARBINARY, MAX_LENGTH, 0);
    public static final FlinkType NULL = of(Root.NULL, 0, 0);
    public static final FlinkType INTERVAL_SECOND = new FlinkType(Root.INTERVAL_DAY_TIME, 0, 0, List.of(), List.of(),
            true, TimeAttribute.NONE, "SECOND(3)");
    public static final FlinkType INTERVAL_MONTH = new FlinkType(Root.INTERVAL_YEAR_MONTH, 0, 0, List.of(), List.of(),
            true, TimeAttribute.NONE, "MONTH");

    public FlinkType {
        Objects.requireNonNull(root, "root");
        elements = List.copyOf(elements);
        fields = List.copyOf(fields);
        timeAttribute = timeAttribute == null ? TimeAttribute.NONE : timeAttribute;
        qualifier = qualifier == null ? "" : qualifier;
        if (precision < 0 || scale < 0 || scale > Math.max(precision, 0) && root == Root.DECIMAL) {
            throw new IllegalArgumentException("invalid precision/scale " + precision + "/" + scale + " for " + root);
        }
        int expectedElements = root == Root.MAP ? 2 : root == Root.ARRAY || root == Root.MULTISET ? 1 : 0;
        if (elements.size() != expectedElements) {
            throw new IllegalArgumentException(root + " needs " + expectedElements + " element type(s)");
        }
        if (root != Root.ROW && !fields.isEmpty()) {
            throw new IllegalArgumentException("only ROW has fields");
        }
        if (timeAttribute != TimeAttribute.NONE
                && root != Root.TIMESTAMP && root != Root.TIMESTAMP_LTZ && root != Root.TIMESTAMP_TZ) {
            throw new IllegalArgumentException("a time attribute must be a TIMESTAMP or TIMESTAMP_LTZ");
        }
    }

    /** A nullable type of a root without children. */
    public static FlinkType of(Root root, int precision, int scale) {
        return new FlinkType(root, precision, scale, List.of(), List.of(), true, TimeAttribute.NONE, "");
    }

    public static FlinkType varchar(int length) {
        return of(Root.VARCHAR, length, 0);
    }

    public static FlinkType chr(int length) {
        return of(Root.CHAR, length, 0);
    }

    public static FlinkType decimal(int precision, int scale) {
        return of(Root.DECIMAL, precision, scale);
    }

    public static FlinkType timestamp(int precision) {
        return of(Root.TIMESTAMP, precision, 0);
    }

    public static FlinkType timestampLtz(int precision) {
        return of(Root.TIMESTAMP_LTZ, precision, 0);
    }

    public static FlinkType array(FlinkType element) {
        return new FlinkType(Root.ARRAY, 0, 0, List.of(element), List.of(), true, TimeAttribute.NONE, "");
    }

    public static FlinkType multiset(FlinkType element) {
        return new FlinkType(Root.MULTISET, 0, 0, List.of(element), List.of(), true, TimeAttribute.NONE, "");
    }

    public static FlinkType map(FlinkType key, FlinkType value) {
        return new FlinkType(Root.MAP, 0, 0, List.of(key, value), List.of(), true, TimeAttribute.NONE, "");
    }

    public static FlinkType row(List<Field> fields) {
        return new FlinkType(Root.ROW, 0, 0, List.of(), fields, true, TimeAttribute.NONE, "");
    }

    /**
     * Parses a Flink SQL type string; empty when the text is not a type this compiler understands (user-defined
     * types, typos).
     */
    public static Optional<FlinkType> parse(String text) {
        return Optional.ofNullable(FlinkTypeParser.parse(text));
    }

    /** Whether {@link #parse(String)} understands the text. */
    public static boolean isValid(String text) {
        return FlinkTypeParser.parse(text) != null;
    }

    public FlinkType withNullable(boolean value) {
        return value == nullable ? this
                : new FlinkType(root, precision, scale, elements, fields, value, timeAttribute, qualifier);
    }

    public FlinkType notNull() {
        return withNullable(false);
    }

    public FlinkType withTimeAttribute(TimeAttribute value) {
        return value == timeAttribute ? this
                : new FlinkType(root, precision, scale, elements, fields, nullable, value, qualifier);
    }

    /** The same type as a regular (materialized) timestamp. */
    public FlinkType withoutTimeAttribute() {
        return withTimeAttribute(TimeAttribute.NONE);
    }

    public boolean isTimeAttribute() {
        return timeAttribute != TimeAttribute.NONE;
    }

    public boolean isCharacterString() {
        return root == Root.CHAR || root == Root.VARCHAR;
    }

    public boolean isBinaryString() {
        return root == Root.BINARY || root == Root.VARBINARY;
    }

    public boolean isIntegral() {
        return root == Root.TINYINT || root == Root.SMALLINT || root == Root.INTEGER || root == Root.BIGINT;
    }

    public boolean isExactNumeric() {
        return isIntegral() || root == Root.DECIMAL;
    }

    public boolean isApproximateNumeric() {
        return root == Root.FLOAT || root == Root.DOUBLE;
    }

    public boolean isNumeric() {
        return isExactNumeric() || isApproximateNumeric();
    }

    public boolean isTimestamp() {
        return root == Root.TIMESTAMP || root == Root.TIMESTAMP_LTZ || root == Root.TIMESTAMP_TZ;
    }

    /** DATE, TIME and the timestamps. */
    public boolean isDatetime() {
        return root == Root.DATE || root == Root.TIME || isTimestamp();
    }

    public boolean isInterval() {
        return root == Root.INTERVAL_DAY_TIME || root == Root.INTERVAL_YEAR_MONTH;
    }

    /**
     * Whether a column of this type can be declared in Flink DDL: INTERVAL, NULL and TIMESTAMP WITH TIME ZONE (also
     * nested in collections and rows) cannot; a query producing one must CAST it before writing it to a table.
     */
    public boolean declarable() {
        if (isInterval() || root == Root.NULL || root == Root.TIMESTAMP_TZ) {
            return false;
        }
        for (FlinkType element : elements) {
            if (!element.declarable()) {
                return false;
            }
        }
        for (Field field : fields) {
            if (!field.type().declarable()) {
                return false;
            }
        }
        return true;
    }

    /** Whether both types are the same ignoring nullability and time attributes. */
    public boolean sameAs(FlinkType other) {
        return other != null && withNullable(true).withoutTimeAttribute()
                .equals(other.withNullable(true).withoutTimeAttribute());
    }

    /** The type as Flink prints it, with {@code NOT NULL} and a {@code *ROWTIME*}/{@code *PROCTIME*} marker. */
    @Override
    public String toString() {
        String ddl = ddl();
        return timeAttribute == TimeAttribute.NONE ? ddl : ddl + " *" + timeAttribute.name() + "*";
    }

    /**
     * The type as it is written in Flink DDL: like {@link #toString()} without the time-attribute marker (only
     * meaningful when {@link #declarable()}).
     */
    public String ddl() {
        return FlinkTypeFormatter.format(this);
    }
}
