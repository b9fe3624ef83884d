package dev.streamt.compiler.core.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.sql.parse.FlinkStatementCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlTest {

    @Test
    void identifiersAreBacktickedAndLiteralsQuotedWithTheirQuotesDoubled() {
        assertThat(Sql.ident("a`b")).isEqualTo("`a``b`");
        assertThat(Sql.literal("it's ${VAR}")).isEqualTo("'it''s ${VAR}'");
        assertThat(Sql.string("x")).isEqualTo("CAST('x' AS STRING)");
        assertThat(Sql.identList(List.of("a", "b"))).isEqualTo("`a`, `b`");
        assertThat(Sql.set("k", "v")).isEqualTo("SET 'k' = 'v'");
        assertThat(Sql.millis(500)).isEqualTo("500 ms");
    }

    @Test
    void intervalsUseAUnitWhoseValueFitsTwoDigitsElseDayToSecond() {
        assertThat(Sql.interval(5000)).isEqualTo("INTERVAL '5' SECOND");
        assertThat(Sql.interval(1500)).isEqualTo("INTERVAL '1.500' SECOND");
        assertThat(Sql.interval(99_000)).isEqualTo("INTERVAL '99' SECOND");
        assertThat(Sql.interval(120_000)).isEqualTo("INTERVAL '2' MINUTE");
        assertThat(Sql.interval(3_600_000)).isEqualTo("INTERVAL '1' HOUR");
        assertThat(Sql.interval(86_400_000)).isEqualTo("INTERVAL '1' DAY");
        assertThat(Sql.interval(150_000)).isEqualTo("INTERVAL '0 00:02:30.000' DAY(2) TO SECOND(3)");
        assertThat(Sql.interval(200L * 86_400_000 + 1)).isEqualTo("INTERVAL '200 00:00:00.001' DAY(3) TO SECOND(3)");
        for (long ms : new long[] {1, 5000, 1500, 150_000, 3_600_000, 200L * 86_400_000 + 1}) {
            assertThat(FlinkStatementCheck.check("SELECT CURRENT_TIMESTAMP - " + Sql.interval(ms))).isEmpty();
        }
    }

    @Test
    void aWithClauseKeepsTheOptionsInOrder() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("connector", "kafka");
        options.put("topic", "it's");
        assertThat(Sql.with(options)).isEqualTo("WITH (\n  'connector' = 'kafka',\n  'topic' = 'it''s'\n)");
    }
}
