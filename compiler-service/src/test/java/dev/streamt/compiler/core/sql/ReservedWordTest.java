package dev.streamt.compiler.core.sql;

import static dev.streamt.compiler.core.sql.Fixtures.analyze;
import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.compiler.core.sql.analysis.SqlProblem;
import org.junit.jupiter.api.Test;

/** Words Flink reserves beyond standard SQL, written as identifiers, are quoted; positions stay those as written. */
class ReservedWordTest {

    @Test
    void quotesFlinkOnlyReservedWordsUsedAsIdentifiers() {
        SqlAnalysis analysis = analyze("SELECT rank, 1 AS one FROM `raw`");
        assertThat(analysis.parsed()).isTrue();
        assertThat(analysis.sql()).isEqualTo("SELECT `rank`, 1 AS `one` FROM `raw`");
        assertThat(analysis.problems()).extracting(SqlProblem::code, SqlProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SqlProblem.Code.RESERVED_WORD_QUOTED, 8),
                org.assertj.core.groups.Tuple.tuple(SqlProblem.Code.RESERVED_WORD_QUOTED, 19));
        assertThat(analysis.problems()).noneMatch(SqlProblem::isError);
        assertThat(Fixtures.names(analysis)).containsExactly("rank", "one");
        assertThat(analysis.problems().get(1).message()).contains("'one' is a reserved word");
        assertThat(analysis.problems().get(1).hint()).isEqualTo("Write `one`.");
    }

    @Test
    void positionsAfterAQuotedWordAreThoseOfTheSqlAsWritten() {
        SqlAnalysis analysis = analyze("SELECT 1 AS one, amout FROM `orders`");
        assertThat(analysis.problems(SqlProblem.Code.UNKNOWN_COLUMN)).singleElement()
                .satisfies(p -> assertThat(p.column()).isEqualTo(18));
        assertThat(analysis.tables().get(0).column()).isEqualTo(29);

        SqlAnalysis error = analyze("SELECT 1 AS one FROM t WHERE = 1");
        assertThat(error.parsed()).isFalse();
        assertThat(error.syntaxError().column()).isEqualTo(30);
        assertThat(error.sql()).isEqualTo("SELECT 1 AS one FROM t WHERE = 1");
    }

    @Test
    void quotesOnSeveralLines() {
        SqlAnalysis analysis = analyze("SELECT\n  one,\n  `window` AS w, partition\nFROM `raw`");
        assertThat(analysis.sql()).isEqualTo("SELECT\n  `one`,\n  `window` AS w, `partition`\nFROM `raw`");
        assertThat(analysis.problems()).extracting(SqlProblem::line, SqlProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, 3), org.assertj.core.groups.Tuple.tuple(3, 18));
    }

    @Test
    void standardReservedWordsRemainSyntaxErrors() {
        SqlAnalysis analysis = analyze("SELECT value FROM `raw`");
        assertThat(analysis.parsed()).isFalse();
        assertThat(analysis.syntaxError().message()).contains("quote it as `value`");
        assertThat(analyze("SELECT `value` FROM `raw`").parsed()).isTrue();
        assertThat(analyze("SELECT a, FROM `raw`").parsed()).isFalse();
    }

    @Test
    void sqlIsUnchangedWhenNothingWasQuoted() {
        String sql = "SELECT id FROM `orders`";
        assertThat(analyze(sql).sql()).isSameAs(sql);
    }
}
