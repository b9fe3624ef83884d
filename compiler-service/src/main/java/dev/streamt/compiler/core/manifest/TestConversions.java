package dev.streamt.compiler.core.manifest;

import dev.streamt.compiler.core.project.Assertion;
import dev.streamt.compiler.core.project.OnFailureAction;
import dev.streamt.contracts.manifest.FailureAction;
import dev.streamt.contracts.manifest.TestAssertion;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tests' assertions and failure actions as the manifest carries them: the YAML key as {@code type}, the fields as a
 * plain map with the DSL's names. Written out per kind (no reflection, so native images need no registration). Pure.
 */
final class TestConversions {

    private TestConversions() {
    }

    static TestAssertion assertion(Assertion a) {
        Map<String, Object> c = new LinkedHashMap<>();
        if (a instanceof Assertion.NotNull n) {
            c.put("columns", n.columns());
        } else if (a instanceof Assertion.AcceptedValues v) {
            put(c, "column", v.column());
            c.put("values", v.values());
        } else if (a instanceof Assertion.AcceptedTypes t) {
            c.put("types", t.types());
        } else if (a instanceof Assertion.Range r) {
            put(c, "column", r.column());
            put(c, "min", r.min());
            put(c, "max", r.max());
        } else if (a instanceof Assertion.UniqueKey u) {
            c.put("key", u.key());
            c.put("tolerance", u.tolerance());
            put(c, "window", millis(u.window()));
        } else if (a instanceof Assertion.ForeignKey f) {
            put(c, "column", f.column());
            put(c, "ref_model", f.refModel());
            put(c, "ref_key", f.refKey());
            put(c, "window", millis(f.window()));
            put(c, "match_rate", f.matchRate());
        } else if (a instanceof Assertion.MaxLag m) {
            put(c, "column", m.column());
            put(c, "max_seconds", m.maxSeconds());
        } else if (a instanceof Assertion.Throughput t) {
            put(c, "min_per_second", t.minPerSecond());
            put(c, "max_per_second", t.maxPerSecond());
        } else if (a instanceof Assertion.Distribution d) {
            put(c, "column", d.column());
            List<Map<String, Object>> buckets = new ArrayList<>();
            for (Assertion.Bucket b : d.buckets()) {
                Map<String, Object> bucket = new LinkedHashMap<>();
                put(bucket, "min", b.min());
                put(bucket, "max", b.max());
                put(bucket, "expected_ratio", b.expectedRatio());
                put(bucket, "tolerance", b.tolerance());
                buckets.add(bucket);
            }
            c.put("buckets", buckets);
        } else if (a instanceof Assertion.CustomSql s) {
            put(c, "sql", s.sql() == null ? null : s.sql().text());
            put(c, "expect", s.expect());
        }
        return TestAssertion.of(a.kind(), c);
    }

    static FailureAction action(OnFailureAction a) {
        Map<String, Object> c = new LinkedHashMap<>();
        if (a instanceof OnFailureAction.Alert alert) {
            put(c, "channel", alert.channel());
            put(c, "webhook", alert.webhook());
            put(c, "message", alert.message());
        } else if (a instanceof OnFailureAction.Pause pause) {
            put(c, "model", pause.model());
        } else if (a instanceof OnFailureAction.Dlq dlq) {
            put(c, "topic", dlq.topic());
            put(c, "model", dlq.model());
            c.put("include_error", dlq.includeError());
        }
        return FailureAction.of(a.kind(), c);
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value instanceof BigDecimal d) {
            map.put(key, d.stripTrailingZeros().scale() <= 0 ? (Object) d.longValueExact() : d.doubleValue());
        } else if (value != null) {
            map.put(key, value);
        }
    }

    private static Long millis(Duration d) {
        return d == null ? null : d.toMillis();
    }
}
