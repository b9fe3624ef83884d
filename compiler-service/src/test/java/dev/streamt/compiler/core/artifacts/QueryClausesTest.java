package dev.streamt.compiler.core.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.artifacts.SqlTokens.Kind;
import dev.streamt.compiler.core.artifacts.SqlTokens.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryClausesTest {

    @Test
    void theLexerSkipsCommentsAndKeepsQuotedTextWhole() {
        List<Token> tokens = SqlTokens.scan("SELECT `a``b`, 'x''y' /* c */ -- d\n FROM (t) WHERE n >= 1.5e3 \"q\"");

        assertThat(tokens).extracting(Token::kind).containsExactly(Kind.WORD, Kind.QUOTED, Kind.SYMBOL, Kind.STRING,
                Kind.WORD, Kind.SYMBOL, Kind.WORD, Kind.SYMBOL, Kind.WORD, Kind.WORD, Kind.SYMBOL, Kind.SYMBOL,
                Kind.NUMBER, Kind.STRING);
        assertThat(tokens.get(1).text()).isEqualTo("a`b");
        assertThat(tokens.get(3).text()).isEqualTo("'x''y'");
        assertThat(tokens.get(5).depth()).isZero();
        assertThat(tokens.get(6).depth()).isEqualTo(1);
        assertThat(tokens.get(7).depth()).isZero();
        assertThat(tokens.get(8).depth()).isZero();
    }

    @Test
    void unterminatedQuotesAndCommentsRunToTheEnd() {
        assertThat(SqlTokens.scan("SELECT 'abc")).extracting(Token::kind).containsExactly(Kind.WORD, Kind.STRING);
        assertThat(SqlTokens.scan("SELECT /* x")).extracting(Token::kind).containsExactly(Kind.WORD);
        assertThat(SqlTokens.scan("a ) ) b").get(3).depth()).isZero();
    }

    @Test
    void whereAndSelectListOfTheOutermostSelect() {
        QueryClauses clauses = QueryClauses.of("""
                WITH x AS (SELECT a FROM t WHERE a > 1)
                SELECT DISTINCT a, (SELECT 1 FROM u WHERE b = 2) AS s
                FROM x
                WHERE a IN (SELECT a FROM v) -- note
                GROUP BY a
                """);

        assertThat(clauses.singleSelect()).isTrue();
        assertThat(clauses.selectList()).contains("DISTINCT a, (SELECT 1 FROM u WHERE b = 2) AS s");
        assertThat(clauses.where()).contains("a IN (SELECT a FROM v)");
        assertThat(QueryClauses.of("SELECT * FROM t").where()).isEmpty();
    }

    @Test
    void groupByKeysMapToTheirOutputNames() {
        QueryClauses clauses = QueryClauses.of(
                "SELECT o.customer_id AS cid, `region` r, COUNT(*) AS n, x IS NULL FROM t o "
                        + "GROUP BY o.customer_id, `region`, TUMBLE(ts, INTERVAL '1' HOUR) HAVING COUNT(*) > 1");

        assertThat(clauses.groupByColumns()).contains(List.of("customer_id", "region"));
        assertThat(clauses.columnItems()).containsExactly(new QueryClauses.ColumnItem("customer_id", "cid"),
                new QueryClauses.ColumnItem("region", "r"));
    }

    @Test
    void computedKeysAndSetOperationsAreUnknown() {
        assertThat(QueryClauses.of("SELECT a + 1, COUNT(*) FROM t GROUP BY a + 1").groupByColumns()).isEmpty();
        assertThat(QueryClauses.of("SELECT a FROM t GROUP BY ROLLUP(a)").groupByColumns()).isEmpty();
        assertThat(QueryClauses.of("SELECT COUNT(*) FROM t").groupByColumns()).isEmpty();
        QueryClauses union = QueryClauses.of("SELECT a FROM t GROUP BY a UNION ALL SELECT a FROM u GROUP BY a");
        assertThat(union.singleSelect()).isFalse();
        assertThat(union.groupByColumns()).isEmpty();
        assertThat(union.where()).isEmpty();
        assertThat(union.selectList()).isEmpty();
        assertThat(union.columnItems()).isEmpty();
        assertThat(QueryClauses.of("VALUES (1)").singleSelect()).isFalse();
        assertThat(QueryClauses.of("SELECT a FROM t GROUP BY").groupByColumns()).isEmpty();
    }
}
