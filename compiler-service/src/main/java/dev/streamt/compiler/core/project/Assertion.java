package dev.streamt.compiler.core.project;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One assertion of a test ({@code assertions[]}, one key each), as a closed set of records. {@link #kind()} is the
 * YAML key; {@link #span()} is where the item was written. Use {@code instanceof} to tell them apart.
 */
public sealed interface Assertion {

    /** The assertion kinds, as written in YAML. */
    List<String> KINDS = List.of("not_null", "accepted_values", "accepted_types", "range", "unique_key", "foreign_key",
            "max_lag", "throughput", "distribution", "custom_sql");

    /** The YAML key of the assertion, like {@code not_null}. */
    String kind();

    /** Where the assertion was written. */
    Span span();

    /** {@code not_null{columns[]}}. */
    record NotNull(List<String> columns, Span span) implements Assertion {
        public NotNull {
            columns = Immutable.list(columns);
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "not_null";
        }
    }

    /** {@code accepted_values{column, values[]}} (values as plain scalars). */
    record AcceptedValues(String column, List<Object> values, Span span) implements Assertion {
        public AcceptedValues {
            values = values == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "accepted_values";
        }
    }

    /**
     * {@code accepted_types{types{column: type}}}, types among string, number, int, bigint, boolean, timestamp, date,
     * time.
     */
    record AcceptedTypes(Map<String, String> types, Span span) implements Assertion {
        /** The type names an accepted_types assertion may use. */
        public static final List<String> TYPES = List.of("string", "number", "int", "bigint", "boolean", "timestamp",
                "date", "time");

        public AcceptedTypes {
            types = Immutable.map(types);
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "accepted_types";
        }
    }

    /** {@code range{column, min, max}} (at least one bound). */
    record Range(String column, BigDecimal min, BigDecimal max, Span span) implements Assertion {
        public Range {
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "range";
        }
    }

    /** {@code unique_key{key, tolerance (0.0), window}}; {@code key} is one column or a list of columns. */
    record UniqueKey(List<String> key, double tolerance, Duration window, Span span) implements Assertion {
        public UniqueKey {
            key = Immutable.list(key);
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "unique_key";
        }
    }

    /** {@code foreign_key{column, ref_model, ref_key, window, match_rate}}. */
    record ForeignKey(String column, String refModel, String refKey, Duration window, Double matchRate, Span span)
            implements Assertion {
        public ForeignKey {
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "foreign_key";
        }
    }

    /** {@code max_lag{column, max_seconds}}. */
    record MaxLag(String column, Long maxSeconds, Span span) implements Assertion {
        public MaxLag {
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "max_lag";
        }
    }

    /** {@code throughput{min_per_second, max_per_second}} (continuous tests). */
    record Throughput(BigDecimal minPerSecond, BigDecimal maxPerSecond, Span span) implements Assertion {
        public Throughput {
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "throughput";
        }
    }

    /** {@code distribution{column, buckets[]}}. */
    record Distribution(String column, List<Bucket> buckets, Span span) implements Assertion {
        public Distribution {
            buckets = Immutable.list(buckets);
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "distribution";
        }
    }

    /** A bucket of a distribution: values in [min, max) expected at {@code expectedRatio} +/- {@code tolerance}. */
    record Bucket(BigDecimal min, BigDecimal max, BigDecimal expectedRatio, BigDecimal tolerance, Span span) {
        public Bucket {
            Objects.requireNonNull(span, "span");
        }
    }

    /** {@code custom_sql{sql, expect}}: raw SQL (Jinja) with its positions, and the expected result as plain value. */
    record CustomSql(SqlText sql, Object expect, Span span) implements Assertion {
        public CustomSql {
            Objects.requireNonNull(span, "span");
        }

        public String kind() {
            return "custom_sql";
        }
    }
}
