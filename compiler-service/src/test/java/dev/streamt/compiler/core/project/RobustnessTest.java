package dev.streamt.compiler.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.project.load.LoadResult;
import dev.streamt.compiler.core.project.load.ProjectFiles;
import dev.streamt.compiler.core.project.load.ProjectLoader;
import dev.streamt.contracts.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every value of a project that uses every block is replaced by odd values (empty, null, wrong kinds, explicit tags
 * that lie, huge numbers, placeholders) and every line is removed in turn: reading never throws, and every diagnostic
 * has a position.
 */
class RobustnessTest {

    static final String EVERYTHING = """
            project:
              name: shop
              version: 1.0.0
              description: d
              owner: o
              group: g
            vars:
              region: eu
            runtime:
              kafka:
                bootstrap_servers: localhost:9092
                security_protocol: SASL_SSL
                ssl_ca_location: /ca.pem
              schema_registry:
                url: http://sr
              flink:
                default: local
                clusters:
                  local:
                    type: rest
                    rest_url: http://flink
              connect:
                default: main
                clusters:
                  main:
                    rest_url: http://connect
              conduktor:
                gateway:
                  admin_url: http://gw
                console:
                  url: http://console
            defaults:
              topic:
                partitions: 3
                config:
                  retention.ms: 1000
              models:
                cluster: local
              tests:
                flink_cluster: local
            rules:
              severity: warning
              topics:
                min_partitions: 1
                naming_pattern: ^[a-z]+$
                forbidden_prefixes: [tmp]
                required_config:
                  cleanup.policy: delete
              models:
                require_owner: true
                max_dependencies: 3
            sources:
            - name: orders
              topic: orders.v1
              tags: [a]
              schema:
                format: avro
                version: 1
              columns:
              - name: id
                type: BIGINT
                classification: internal
                proctime: false
                tests: [not_null, {accepted_values: {values: [1]}}]
              freshness:
                warn_after: 5m
                max_lag_seconds: 600
              event_time:
                column: id
                watermark:
                  strategy: bounded_out_of_orderness
                  max_out_of_orderness_ms: 100
                allowed_lateness_ms: 10
            models:
            - name: clean
              access:
                level: protected
                allowed_groups: [g]
              from:
              - source: orders
              sql: |
                SELECT * FROM {{ source("orders") }}
              materialized: flink
              security:
                masking:
                - column: id
                  policy: partial
                  config:
                    visible_chars: 2
                policies:
                - mask: {column: id, method: hash, for_roles: [r]}
                - allow: {roles: [a], purpose: p}
                classification:
                  id: sensitive
              ml_outputs:
                m1:
                  score: DOUBLE
                m2:
                  columns:
                  - name: x
                    type: INT
              advanced:
                topic:
                  name: clean.v1
                  partitions: 2
                flink:
                  parallelism: 2
                  state_ttl_ms: 1000
                  cluster: local
                gateway:
                  virtual_topic:
                    name: v
            - name: out
              from: clean
              sink:
                connector: s3-sink
                config:
                  a: b
            tests:
            - name: q
              model: clean
              type: sample
              sample_size: 10
              timeout: 1m
              assertions:
              - range: {column: id, min: 0, max: 10}
              - unique_key: {key: id, window: 1h}
              - custom_sql: {sql: SELECT 1, expect: 0}
              - distribution:
                  column: id
                  buckets:
                  - {min: 0, max: 1, expected_ratio: 0.5}
              on_failure:
                severity: error
                actions:
                - alert: {channel: slack, message: m}
                - dlq: {topic: t, include_error: true}
                - block_deploy: true
            exposures:
            - name: app
              type: application
              role: consumer
              consumes:
              - ref: clean
              sla:
                availability: 99.9%
                max_lag_seconds: 5
              contacts:
              - name: Ann
              contracts:
                compatibility: backward
              access:
                roles: [r]
            """;

    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:- )?[A-Za-z_.]+:)( .+)$");
    private static final List<String> ODD_VALUES = List.of(" \"\"", " ~", " []", " {}", " -1", " 0", " 1.5",
            " !!int x", " !!float y", " !!bool maybe", " \"${X}\"", " \"  \"", " [\"\"]", " {\"\": 1}", " yes",
            " 99999999999999999999999", " [[1]]", " {a: {b: c}}", " !custom x", " null", " *nowhere");

    @Test
    void theRichProjectItselfIsValid() {
        LoadResult result = TestProjects.load(EVERYTHING);

        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.project().models()).hasSize(2);
    }

    @Test
    void oddValuesAnywhereNeverThrow() {
        String[] lines = EVERYTHING.split("\n");
        int variants = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = KEY_VALUE.matcher(lines[i]);
            if (!matcher.matches()) {
                continue;
            }
            for (String odd : ODD_VALUES) {
                List<String> copy = new ArrayList<>(List.of(lines));
                copy.set(i, matcher.group(1) + odd);
                check(String.join("\n", copy) + "\n", "line " + (i + 1) + " = " + odd);
                variants++;
            }
        }
        assertThat(variants).isGreaterThan(1500);
    }

    @Test
    void removingAnyLineNeverThrows() {
        String[] lines = EVERYTHING.split("\n");
        for (int i = 0; i < lines.length; i++) {
            List<String> copy = new ArrayList<>(List.of(lines));
            copy.remove(i);
            check(String.join("\n", copy) + "\n", "without line " + (i + 1));
        }
    }

    private static void check(String yaml, String variant) {
        LoadResult result;
        try {
            result = new ProjectLoader().load(ProjectFiles.ofText(Map.of("stream_project.yml", yaml)), null, Map.of());
        } catch (RuntimeException e) {
            throw new AssertionError("loading threw for " + variant + ":\n" + yaml, e);
        }
        for (Diagnostic diagnostic : result.diagnostics()) {
            assertThat(diagnostic.file()).as("file of %s (%s)", diagnostic, variant).isEqualTo("stream_project.yml");
            assertThat(diagnostic.line()).as("line of %s (%s)", diagnostic, variant).isNotNull();
            assertThat(diagnostic.column()).as("column of %s (%s)", diagnostic, variant).isNotNull();
        }
    }
}
