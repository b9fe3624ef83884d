package dev.streamt.compiler.core.sql.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;

class FlinkSqlTest {

    @Test
    void parsesFlinkQueriesWithBackticksWindowsAndTemporalJoins() {
        for (String sql : List.of(
                "SELECT `id` FROM `orders_raw` WHERE amount > 0",
                "SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE `o`, DESCRIPTOR(ts), INTERVAL '1' HOUR))"
                        + " GROUP BY window_start, window_end",
                "SELECT o.id FROM `o` JOIN `c` FOR SYSTEM_TIME AS OF o.proc AS c ON o.cid = c.id",
                "SELECT COUNT(*) FROM t GROUP BY TUMBLE(ts, INTERVAL '1' HOUR)")) {
            SqlParseResult<SqlNode> result = FlinkSql.parseQuery(sql);
            assertThat(result.ok()).as(sql).isTrue();
            assertThat(result.error()).isNull();
        }
        assertThat(FlinkSql.parseQuery("SELECT a FROM t").value()).isInstanceOf(SqlSelect.class);
    }

    @Test
    void identifiersAreCaseSensitiveAsInFlink() {
        SqlSelect select = (SqlSelect) FlinkSql.parseQuery("SELECT CustomerId FROM t").value();
        assertThat(select.getSelectList().get(0).toString()).isEqualTo("CustomerId");
    }

    @Test
    void syntaxErrorIsAValueWithThePositionOfTheTokenThatFailed() {
        SqlParseResult<SqlNode> result = FlinkSql.parseQuery("SELECT a FROM t GROUP x");
        assertThat(result.ok()).isFalse();
        assertThat(result.value()).isNull();
        assertThat(result.error().line()).isEqualTo(1);
        assertThat(result.error().column()).isEqualTo(23);
        assertThat(result.error().message()).isEqualTo("Unexpected \"x\". Expected BY.");
    }

    @Test
    void syntaxErrorPositionIsInsideAMultiLineText() {
        SqlSyntaxError error = FlinkSql.parseQuery("SELECT a,\n\tb\nFROM t\nWHERE a = = 1").error();
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(11);
        assertThat(error.message()).isEqualTo("Unexpected \"=\". Expected an expression.");
    }

    @Test
    void longExpectedListsAreShortened() {
        SqlSyntaxError error = FlinkSql.parseQuery("SELECT a FROM t WHERE").error();
        assertThat(error.message()).startsWith("Unexpected end of SQL. Expected an expression");
        assertThat(error.message()).doesNotContain("Was expecting").doesNotContain("\n").hasSizeLessThan(160);

        SqlSyntaxError afterFrom = FlinkSql.parseQuery("SELECT a FROM t x y").error();
        assertThat(afterFrom.message()).startsWith("Unexpected \"y\". Expected one of: WHERE, GROUP, HAVING, ORDER");
        assertThat(afterFrom.message()).containsPattern("\\(and \\d+ more\\)\\.$");
    }

    @Test
    void missingClosingParenthesisComesFirst() {
        SqlSyntaxError error = FlinkSql.parseQuery("SELECT a FROM (SELECT b FROM t").error();
        assertThat(error.message()).startsWith("Unexpected end of SQL. Expected one of: ')', WHERE, GROUP");
        assertThat(FlinkSql.parseQuery("SELECT a FROM t x y").error().message()).contains("','");
    }

    @Test
    void structuralKeywordsGetNoQuotingHint() {
        SqlSyntaxError error = FlinkSql.parseQuery("SELECT a + FROM t").error();
        assertThat(error.message()).isEqualTo("Unexpected \"FROM\". Expected an expression.");
        assertThat(FlinkSql.parseQuery("SELECT FROM t").error().message()).doesNotContain("quote it");
    }

    @Test
    void trailingSemicolonAndReservedWordsGetAHint() {
        assertThat(FlinkSql.parseQuery("SELECT a FROM t;").error().message())
                .contains("Unexpected \";\"").contains("without ';'");
        SqlSyntaxError reserved = FlinkSql.parseQuery("SELECT value FROM t").error();
        assertThat(reserved.column()).isEqualTo(8);
        assertThat(reserved.message()).contains("'value' is a reserved word in Flink SQL: quote it as `value`");
    }

    @Test
    void lexicalErrorsAreReadable() {
        SqlSyntaxError unclosed = FlinkSql.parseQuery("SELECT a\nFROM `orders WHERE x = 1").error();
        assertThat(unclosed.line()).isEqualTo(2);
        assertThat(unclosed.column()).isEqualTo(6);
        assertThat(unclosed.message()).isEqualTo("Unclosed quoted identifier: the ` here is never closed.");

        SqlSyntaxError string = FlinkSql.parseQuery("SELECT a FROM t WHERE a = 'x").error();
        assertThat(string.column()).isEqualTo(27);
        assertThat(string.message()).isEqualTo("Unclosed string literal: the ' here is never closed.");

        SqlSyntaxError character = FlinkSql.parseQuery("SELECT a FROM t WHERE b = #").error();
        assertThat(character.message()).isEqualTo("Unexpected character '#'.");
        assertThat(character.column()).isEqualTo(27);
    }

    @Test
    void nonQueriesAreRejectedAsQueries() {
        SqlSyntaxError error = FlinkSql.parseQuery("SELEC a FROM t").error();
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.message()).isNotBlank();
        assertThat(FlinkSql.parseQuery("").ok()).isFalse();
        assertThat(FlinkSql.parseQuery(null).ok()).isFalse();
    }

    @Test
    void parsesScriptsOfStatements() {
        SqlParseResult<List<SqlNode>> result = FlinkSql.parseStatements(
                "SET 'parallelism.default' = '2';\nINSERT INTO `out` SELECT * FROM `in`");
        assertThat(result.ok()).isTrue();
        assertThat(result.value()).hasSize(2);
        SqlSyntaxError error = FlinkSql.parseStatements("SET 'a' = '1';\nINSERT INTO SELECT 1").error();
        assertThat(error.line()).isEqualTo(2);
    }

    @Test
    void parseResultHoldsExactlyOneOfValueAndError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SqlParseResult<String>(null, null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SqlSyntaxError(0, 1, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
