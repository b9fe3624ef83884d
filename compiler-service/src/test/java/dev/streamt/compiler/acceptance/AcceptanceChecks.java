package dev.streamt.compiler.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The checks of src/test/acceptance/README.md, applied to one compile response. */
final class AcceptanceChecks {

    private static final Pattern SET = Pattern.compile("(?is)^\\s*SET\\s+'([^']+)'\\s*=\\s*'([^']*)'\\s*;?\\s*$");
    private static final String TEST_FAILURES_TOPIC = "_streamt_test_failures";

    private AcceptanceChecks() {
    }

    /** Checks a response body (Diagnostics for 422, {manifest, diagnostics} for 201) against expected.json. */
    static void check(JsonNode expected, int status, JsonNode body) {
        boolean valid = expected.path("valid").asBoolean();
        JsonNode diagnostics = valid ? body.path("diagnostics") : body;
        assertThat(status).as("HTTP status; body %s", body).isEqualTo(valid ? 201 : 422);
        assertThat(codes(diagnostics.path("errors"))).as("error codes").isEqualTo(strings(expected.path("errors")));
        assertThat(codes(diagnostics.path("warnings"))).as("warnings").containsAll(strings(expected.path("warnings")));
        for (String absent : strings(expected.path("warnings_absent"))) {
            assertThat(codes(diagnostics.path("warnings"))).as("warnings that must be absent").doesNotContain(absent);
        }
        List<String> messages = new ArrayList<>();
        diagnostics.path("errors").forEach(d -> messages.add(d.path("message").asText() + " " + d.path("hint").asText()));
        diagnostics.path("warnings").forEach(d -> messages.add(d.path("message").asText() + " " + d.path("hint").asText()));
        for (String fragment : strings(expected.path("message_contains"))) {
            assertThat(messages).as("some diagnostic mentions '%s'", fragment).anyMatch(m -> m.contains(fragment));
        }
        for (JsonNode d : diagnostics.path("errors")) {
            // Only the request itself (which environment) is about no file.
            if (!d.path("code").asText().startsWith("ENVIRONMENT_")) {
                assertThat(d.path("file").isTextual()).as("every error names its file: %s", d).isTrue();
                assertThat(d.path("line").isInt()).as("every error names its line: %s", d).isTrue();
            }
        }
        if (valid) {
            checkManifest(expected, body.path("manifest"));
        } else if (expected.has("materialized")) {
            // Invalid projects have no manifest; their materialization is checked through the diagnostics' absence only.
            assertThat(codes(diagnostics.path("errors"))).isNotEmpty();
        }
    }

    private static void checkManifest(JsonNode expected, JsonNode manifest) {
        Map<String, JsonNode> models = byName(manifest.path("models"));
        expected.path("materialized").fields().forEachRemaining(e -> assertThat(
                models.get(e.getKey()).path("materialized").asText()).as("materialized of %s", e.getKey())
                .isEqualTo(e.getValue().asText()));
        JsonNode artifacts = manifest.path("artifacts");
        if (expected.has("topics")) {
            Map<String, JsonNode> topics = byName(artifacts.path("topics"));
            topics.remove(TEST_FAILURES_TOPIC);
            Set<String> expectedNames = new TreeSet<>();
            for (JsonNode t : expected.path("topics")) {
                expectedNames.add(t.path("name").asText());
                JsonNode actual = topics.get(t.path("name").asText());
                assertThat(actual).as("topic %s", t.path("name").asText()).isNotNull();
                fieldsMatch(t, actual, "topic " + t.path("name").asText());
            }
            assertThat(topics.keySet()).as("topics").isEqualTo(expectedNames);
        }
        if (expected.has("flink_jobs")) {
            Set<String> jobs = byName(artifacts.path("flink_jobs")).keySet();
            jobs.removeIf(n -> n.startsWith("test_"));
            assertThat(jobs).as("flink jobs").isEqualTo(strings(expected.path("flink_jobs")));
        }
        checkConnectors(expected, artifacts);
        checkGatewayRules(expected, artifacts);
        checkSchemas(expected, artifacts);
        checkJobs(expected, byName(artifacts.path("flink_jobs")));
        checkColumnTypes(expected, models);
        checkGraph(expected, manifest.path("dag"));
        if (expected.has("required_variables")) {
            assertThat(strings(manifest.path("required_variables"))).isEqualTo(strings(expected.path("required_variables")));
        }
    }

    private static void checkConnectors(JsonNode expected, JsonNode artifacts) {
        Map<String, JsonNode> connectors = byName(artifacts.path("connectors"));
        for (JsonNode c : expected.path("connectors")) {
            JsonNode actual = connectors.get(c.path("name").asText());
            assertThat(actual).as("connector %s", c.path("name").asText()).isNotNull();
            if (c.has("connector_class")) {
                assertThat(actual.path("connector_class").asText()).isEqualTo(c.path("connector_class").asText());
            }
            if (c.has("topics")) {
                assertThat(strings(actual.path("topics"))).isEqualTo(strings(c.path("topics")));
            }
            c.path("config_subset").fields().forEachRemaining(e -> assertThat(actual.path("config").path(e.getKey())
                    .asText()).as("connector config %s", e.getKey()).isEqualTo(e.getValue().asText()));
        }
    }

    private static void checkGatewayRules(JsonNode expected, JsonNode artifacts) {
        if (!expected.has("gateway_rules")) {
            return;
        }
        Map<String, JsonNode> rules = byName(artifacts.path("gateway_rules"));
        assertThat(rules.keySet()).as("gateway rules").isEqualTo(names(expected.path("gateway_rules")));
        for (JsonNode r : expected.path("gateway_rules")) {
            JsonNode actual = rules.get(r.path("name").asText());
            for (String field : List.of("virtual_topic", "physical_topic")) {
                if (r.has(field)) {
                    assertThat(actual.path(field).asText()).as(field).isEqualTo(r.path(field).asText());
                }
            }
            if (r.has("interceptor_types")) {
                List<String> types = new ArrayList<>();
                actual.path("interceptors").forEach(i -> types.add(i.path("type").asText()));
                assertThat(types).as("interceptor types").containsAll(strings(r.path("interceptor_types")));
            }
        }
    }

    private static void checkSchemas(JsonNode expected, JsonNode artifacts) {
        Map<String, JsonNode> schemas = new HashMap<>();
        artifacts.path("schemas").forEach(s -> schemas.put(s.path("subject").asText(), s));
        for (JsonNode s : expected.path("schemas")) {
            JsonNode actual = schemas.get(s.path("subject").asText());
            assertThat(actual).as("schema %s among %s", s.path("subject").asText(), schemas.keySet()).isNotNull();
            if (s.has("schema_type")) {
                assertThat(actual.path("schema_type").asText()).isEqualTo(s.path("schema_type").asText());
            }
            if (s.has("field_names")) {
                JsonNode avro = Json.parse(actual.path("schema").asText());
                List<String> fields = new ArrayList<>();
                avro.path("fields").forEach(f -> fields.add(f.path("name").asText()));
                assertThat(fields).isEqualTo(new ArrayList<>(List.copyOf(stringList(s.path("field_names")))));
            }
        }
    }

    private static void checkJobs(JsonNode expected, Map<String, JsonNode> jobs) {
        expected.path("sql_contains").fields().forEachRemaining(e -> {
            JsonNode job = jobs.get(e.getKey());
            assertThat(job).as("flink job %s among %s", e.getKey(), jobs.keySet()).isNotNull();
            String sql = normalise(job.path("sql").asText() + " " + String.join(" ", stringList(job.path("statements"))));
            for (JsonNode group : e.getValue()) {
                List<String> alternatives = stringList(group);
                assertThat(alternatives).as("job %s contains one of %s", e.getKey(), alternatives)
                        .anyMatch(a -> sql.contains(normalise(a)));
            }
        });
        expected.path("set_options").fields().forEachRemaining(e -> {
            JsonNode job = jobs.get(e.getKey());
            assertThat(job).as("flink job %s", e.getKey()).isNotNull();
            Map<String, String> sets = new HashMap<>();
            for (String statement : stringList(job.path("statements"))) {
                Matcher m = SET.matcher(statement);
                if (m.matches()) {
                    sets.put(m.group(1), m.group(2));
                }
            }
            e.getValue().fields().forEachRemaining(o -> assertThat(Durations.sameValue(sets.get(o.getKey()),
                    o.getValue().asText())).as("SET '%s' is '%s' (job has %s)", o.getKey(), o.getValue().asText(), sets)
                    .isTrue());
        });
        expected.path("job_fields").fields().forEachRemaining(e -> fieldsMatch(e.getValue(), jobs.get(e.getKey()),
                "job " + e.getKey()));
    }

    private static void checkColumnTypes(JsonNode expected, Map<String, JsonNode> models) {
        expected.path("column_types").fields().forEachRemaining(e -> {
            Map<String, String> types = new HashMap<>();
            models.get(e.getKey()).path("columns").forEach(c -> types.put(c.path("name").asText(),
                    c.path("type").asText()));
            e.getValue().fields().forEachRemaining(c -> assertThat(normaliseType(types.get(c.getKey())))
                    .as("type of %s.%s", e.getKey(), c.getKey()).isEqualTo(normaliseType(c.getValue().asText())));
        });
    }

    private static void checkGraph(JsonNode expected, JsonNode dag) {
        List<String> order = stringList(dag.path("order"));
        for (JsonNode pair : expected.path("order_before")) {
            assertThat(order.indexOf(pair.get(0).asText())).as("%s before %s", pair.get(0), pair.get(1))
                    .isGreaterThanOrEqualTo(0).isLessThan(order.indexOf(pair.get(1).asText()));
        }
        Map<String, Set<String>> down = new HashMap<>();
        Map<String, Set<String>> up = new HashMap<>();
        dag.path("edges").forEach(e -> {
            down.computeIfAbsent(e.path("from").asText(), k -> new HashSet<>()).add(e.path("to").asText());
            up.computeIfAbsent(e.path("to").asText(), k -> new HashSet<>()).add(e.path("from").asText());
        });
        expected.path("upstream").fields().forEachRemaining(e -> assertThat(closure(up, e.getKey()))
                .as("upstream of %s", e.getKey()).containsAll(strings(e.getValue())));
        expected.path("downstream").fields().forEachRemaining(e -> assertThat(closure(down, e.getKey()))
                .as("downstream of %s", e.getKey()).containsAll(strings(e.getValue())));
    }

    private static Set<String> closure(Map<String, Set<String>> next, String start) {
        Set<String> seen = new HashSet<>();
        List<String> work = new ArrayList<>(next.getOrDefault(start, Set.of()));
        while (!work.isEmpty()) {
            String n = work.remove(work.size() - 1);
            if (seen.add(n)) {
                work.addAll(next.getOrDefault(n, Set.of()));
            }
        }
        return seen;
    }

    private static void fieldsMatch(JsonNode expected, JsonNode actual, String what) {
        assertThat(actual).as(what).isNotNull();
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getValue().isObject()) {
                f.getValue().fields().forEachRemaining(c -> assertThat(actual.path(f.getKey()).path(c.getKey()).asText())
                        .as("%s %s.%s", what, f.getKey(), c.getKey()).isEqualTo(c.getValue().asText()));
            } else {
                assertThat(actual.path(f.getKey()).asText()).as("%s %s", what, f.getKey()).isEqualTo(f.getValue().asText());
            }
        }
    }

    static String normalise(String sql) {
        return sql.replaceAll("\\s+", "").replace("`", "").toLowerCase(Locale.ROOT);
    }

    private static String normaliseType(String type) {
        return type == null ? null : type.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    }

    private static Map<String, JsonNode> byName(JsonNode array) {
        Map<String, JsonNode> map = new HashMap<>();
        array.forEach(n -> map.put(n.path("name").asText(), n));
        return map;
    }

    private static Set<String> names(JsonNode array) {
        return byName(array).keySet();
    }

    private static Set<String> codes(JsonNode diagnostics) {
        Set<String> codes = new TreeSet<>();
        diagnostics.forEach(d -> codes.add(d.path("code").asText()));
        return codes;
    }

    private static Set<String> strings(JsonNode array) {
        return new TreeSet<>(stringList(array));
    }

    private static List<String> stringList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }
}
