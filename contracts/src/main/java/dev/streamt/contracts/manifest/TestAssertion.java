package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import java.util.Map;

/**
 * One assertion of a data test, kept generic: its {@code type} (like {@code not_null}, {@code accepted_values},
 * {@code range}, {@code unique_key}, {@code custom_sql}) and its {@code config} as written in the project (like
 * {@code {"columns": ["order_id"]}}), as plain JSON values.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TestAssertion(String type, Map<String, Object> config) {

    public TestAssertion {
        Require.nonBlank(type, "assertion type");
        config = Require.jsonObject(config, "assertion config");
    }

    /** An assertion of a type with its configuration. */
    public static TestAssertion of(String type, Map<String, ?> config) {
        return new TestAssertion(type, Require.jsonObject(config, "assertion config"));
    }
}
