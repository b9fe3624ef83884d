package dev.streamt.compiler.core.project;

import static dev.streamt.compiler.core.project.TestProjects.assertAt;
import static dev.streamt.compiler.core.project.TestProjects.validWithHeader;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Positions inside a model's SQL map back to the YAML line and column, for every scalar style. */
class SqlPositionTest {

    private static SqlText sqlOf(String modelYaml) {
        return validWithHeader("models:\n" + modelYaml).models().get(0).sql();
    }

    @Test
    void literalBlockStartsOnTheNextLineShiftedByTheIndentation() {
        SqlText sql = sqlOf("""
                - name: m
                  sql: |
                    SELECT a,
                      b
                    FROM {{ source("x") }}
                """);

        assertThat(sql.text()).isEqualTo("SELECT a,\n  b\nFROM {{ source(\"x\") }}\n");
        assertAt(sql.span(), "stream_project.yml", 9, 8, "models[0].sql");
        assertAt(sql.positionOf(1, 1), "stream_project.yml", 10, 5, "models[0].sql");
        assertAt(sql.positionOf(2, 3), "stream_project.yml", 11, 7, "models[0].sql");
        assertAt(sql.positionOf(3, 6), "stream_project.yml", 12, 10, "models[0].sql");
        assertThat(sql.exactPositions()).isTrue();
    }

    @Test
    void literalBlockKeepsEmptyLinesAndClampsOutOfRangePositions() {
        SqlText sql = sqlOf("""
                - name: m
                  sql: |-

                    SELECT 1

                    FROM t
                  description: d
                """);

        assertThat(sql.text()).isEqualTo("\nSELECT 1\n\nFROM t");
        assertAt(sql.positionOf(2, 8), "stream_project.yml", 11, 12, "models[0].sql");
        assertAt(sql.positionOf(4, 1), "stream_project.yml", 13, 5, "models[0].sql");
        assertAt(sql.positionOf(4, 99), "stream_project.yml", 13, 11, "models[0].sql");
        assertAt(sql.positionOf(99, 1), "stream_project.yml", 13, 5, "models[0].sql");
    }

    @Test
    void literalBlockWithAnExplicitIndentationIndicator() {
        SqlText sql = sqlOf("""
                - name: m
                  sql: |2
                       SELECT 1
                     FROM t
                """);

        assertThat(sql.text()).isEqualTo("   SELECT 1\n FROM t\n");
        assertAt(sql.positionOf(1, 4), "stream_project.yml", 10, 8, "models[0].sql");
        assertAt(sql.positionOf(2, 2), "stream_project.yml", 11, 6, "models[0].sql");
        assertThat(sql.exactPositions()).isTrue();
    }

    @Test
    void windowsLineEndingsCountAsOneLineBreak() {
        SqlText sql = validWithHeader("models:\r\n- name: m\r\n  sql: |\r\n    SELECT 1\r\n    FROM t\r\n")
                .models().get(0).sql();

        assertThat(sql.text()).isEqualTo("SELECT 1\nFROM t\n");
        assertAt(sql.positionOf(2, 6), "stream_project.yml", 11, 10, "models[0].sql");
    }

    @Test
    void foldedBlockJoinsLines() {
        SqlText sql = sqlOf("""
                - name: m
                  sql: >
                    SELECT a
                    FROM t
                    WHERE x = 1
                """);

        assertThat(sql.text()).isEqualTo("SELECT a FROM t WHERE x = 1\n");
        assertAt(sql.positionOf(1, 10), "stream_project.yml", 11, 5, "models[0].sql");
        assertAt(sql.positionOf(1, 23), "stream_project.yml", 12, 11, "models[0].sql");
    }

    @Test
    void plainScalarStartsAtTheValueAndContinuesOnTheNextLines() {
        SqlText sql = sqlOf("""
                - name: agg
                  sql: SELECT customer_id, COUNT(*) AS n FROM t GROUP BY
                    customer_id
                """);

        assertThat(sql.text()).isEqualTo("SELECT customer_id, COUNT(*) AS n FROM t GROUP BY customer_id");
        assertAt(sql.positionOf(1, 1), "stream_project.yml", 9, 8, "models[0].sql");
        assertAt(sql.positionOf(1, 8), "stream_project.yml", 9, 15, "models[0].sql");
        assertAt(sql.positionOf(1, 51), "stream_project.yml", 10, 5, "models[0].sql");
    }

    @Test
    void quotedScalarsAccountForEscapes() {
        SqlText single = sqlOf("""
                - name: m
                  sql: 'SELECT ''a'' AS x FROM t'
                """);
        assertThat(single.text()).isEqualTo("SELECT 'a' AS x FROM t");
        assertAt(single.positionOf(1, 12), "stream_project.yml", 9, 22, "models[0].sql");

        SqlText doubled = sqlOf("""
                - name: m
                  sql: "SELECT \\"a\\", '\\u00e9' FROM
                    t WHERE y = 1"
                """);
        assertThat(doubled.text()).isEqualTo("SELECT \"a\", 'é' FROM t WHERE y = 1");
        assertAt(doubled.positionOf(1, 8), "stream_project.yml", 9, 16, "models[0].sql");
        assertAt(doubled.positionOf(1, 14), "stream_project.yml", 9, 24, "models[0].sql");
        assertAt(doubled.positionOf(1, 22), "stream_project.yml", 10, 5, "models[0].sql");
        assertAt(doubled.positionOf(1, 24), "stream_project.yml", 10, 7, "models[0].sql");
    }

    @Test
    void countsColumnsInCodePoints() {
        SqlText sql = sqlOf("""
                - name: m
                  sql: |
                    SELECT '😀' AS e, x FROM t
                """);

        assertAt(sql.positionOf(1, 17), "stream_project.yml", 10, 20, "models[0].sql");
        assertAt(sql.positionOfOffset(16), "stream_project.yml", 10, 20, "models[0].sql");
    }

    @Test
    void blockScalarsInOtherFilesAndCustomSqlAssertions() {
        ProjectDefinition project = TestProjects.load(java.util.Map.of("stream_project.yml", TestProjects.HEADER,
                "tests/q.yml", """
                        tests:
                        - name: q
                          model: m
                          type: sample
                          assertions:
                          - custom_sql:
                              sql: |
                                SELECT COUNT(*)
                                FROM {{ ref("m") }}
                              expect: 0
                        """), null, java.util.Map.of()).project();

        Assertion.CustomSql custom = (Assertion.CustomSql) project.test("q").orElseThrow().assertions().get(0);
        assertThat(custom.expect()).isEqualTo(0L);
        assertAt(custom.sql().positionOf(2, 6), "tests/q.yml", 9, 14, "tests[0].assertions[0].custom_sql.sql");
    }

    @Test
    void aDetachedTextMapsEverythingToItsSpan() {
        Span span = new Span("x.yml", 3, 4, "p");
        SqlText text = SqlText.detached("SELECT\n1", span);

        assertThat(text.positionOf(2, 1)).isEqualTo(span);
        assertThat(text.exactPositions()).isFalse();
        assertThat(text).isEqualTo(SqlText.detached("SELECT\n1", span));
    }
}
