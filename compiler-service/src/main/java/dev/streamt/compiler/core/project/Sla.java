package dev.streamt.compiler.core.project;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An exposure's {@code sla}: {@code availability} (as written, like "99.9%"), {@code throughput_per_second},
 * {@code max_lag_seconds}, {@code freshness_seconds}, {@code max_end_to_end_latency_ms} and {@code latency_p99_ms}
 * (used by the seed documents). Unset values are null.
 */
public record Sla(String availability, BigDecimal throughputPerSecond, Long maxLagSeconds, Long freshnessSeconds,
        Long maxEndToEndLatencyMs, Long latencyP99Ms) {

    /** The values that are set, under their YAML names, in a fixed order (for the manifest). */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        put(map, "availability", availability);
        put(map, "throughput_per_second", throughputPerSecond);
        put(map, "max_lag_seconds", maxLagSeconds);
        put(map, "freshness_seconds", freshnessSeconds);
        put(map, "max_end_to_end_latency_ms", maxEndToEndLatencyMs);
        put(map, "latency_p99_ms", latencyP99Ms);
        return Collections.unmodifiableMap(map);
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
