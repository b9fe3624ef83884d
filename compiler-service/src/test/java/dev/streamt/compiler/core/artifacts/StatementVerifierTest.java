package dev.streamt.compiler.core.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StatementVerifierTest {

    @Test
    void aStatementThatDoesNotParseIsACompilerBugNamingIt() {
        assertThatThrownBy(() -> StatementVerifier.verify("CREATE TABLE `t` (`a` STRING WITH ('x' = 'y')", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Compiler bug")
                .hasMessageContaining("CREATE TABLE `t` (`a` STRING WITH");
        assertThatThrownBy(() -> StatementVerifier.verify("SET 'a' = 'b'; SET 'c' = 'd'", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exactly one statement");
    }

    @Test
    void statementsOfAKnownShapeAreNotParsedAgain() {
        String first = "CREATE TABLE `shape_a` (`x` STRING) WITH ('connector' = 'kafka')";
        StatementVerifier.verify(first, null);

        // same shape: names and values differ only inside their quotes
        assertThat(StatementVerifier.shape("CREATE TABLE `other` (`y` STRING) WITH ('connector' = 'upsert-kafka')"))
                .isEqualTo(StatementVerifier.shape(first));
        // interval literals and overlong names keep their text: the parser looks at them
        assertThat(StatementVerifier.shape("SELECT INTERVAL '5' SECOND"))
                .isNotEqualTo(StatementVerifier.shape("SELECT INTERVAL '6' SECOND"));
        String longName = "`" + "n".repeat(300) + "`";
        assertThat(StatementVerifier.shape("SELECT " + longName)).contains("nnnn");
        assertThatThrownBy(() -> StatementVerifier.verify("SELECT 1 AS " + longName, null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEmbeddedAnalysedQueryIsCheckedAsAPlaceholderQuery() {
        String query = "SELECT a, b FROM `t` WHERE a > 1 -- trailing comment";
        String insert = "INSERT INTO `o`\n" + query;
        assertThat(StatementVerifier.verify(insert, query)).isEqualTo(insert);
        assertThatThrownBy(() -> StatementVerifier.verify("INSERT INTO `o` (\n" + query, query))
                .isInstanceOf(IllegalStateException.class);
    }
}
