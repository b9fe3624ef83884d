package dev.streamt.compiler.core.sql.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypeRulesTest {

    private static FlinkType t(String text) {
        return FlinkType.parse(text).orElseThrow();
    }

    private static String common(String... types) {
        FlinkType result = TypeRules.commonType(java.util.Arrays.stream(types).map(TypeRulesTest::t).toList());
        return result == null ? null : result.toString();
    }

    @Test
    void commonTypeWidensAsFlinkDoes() {
        assertThat(common("INT", "BIGINT")).isEqualTo("BIGINT");
        assertThat(common("TINYINT NOT NULL", "SMALLINT NOT NULL")).isEqualTo("SMALLINT NOT NULL");
        assertThat(common("INT NOT NULL", "DECIMAL(2, 2) NOT NULL", "BIGINT NOT NULL")).isEqualTo("DECIMAL(21, 2) NOT NULL");
        assertThat(common("DECIMAL(10, 2)", "DOUBLE")).isEqualTo("DOUBLE");
        assertThat(common("DECIMAL(10, 2)", "FLOAT")).isEqualTo("DOUBLE");
        assertThat(common("INT", "FLOAT")).isEqualTo("FLOAT");
        assertThat(common("CHAR(2) NOT NULL", "CHAR(2) NOT NULL")).isEqualTo("CHAR(2) NOT NULL");
        assertThat(common("CHAR(2)", "CHAR(5)")).isEqualTo("VARCHAR(5)");
        assertThat(common("VARCHAR(3)", "STRING")).isEqualTo("STRING");
        assertThat(common("TIMESTAMP(3)", "TIMESTAMP(6)")).isEqualTo("TIMESTAMP(6)");
        assertThat(common("TIMESTAMP(3)", "TIMESTAMP_LTZ(3)")).isEqualTo("TIMESTAMP_LTZ(3)");
        assertThat(common("TIMESTAMP(3) *ROWTIME*", "TIMESTAMP(3)")).isEqualTo("TIMESTAMP(3)");
        assertThat(common("ARRAY<INT>", "ARRAY<BIGINT>")).isEqualTo("ARRAY<BIGINT>");
        assertThat(common("MAP<STRING, INT>", "MAP<STRING, DOUBLE>")).isEqualTo("MAP<STRING, DOUBLE>");
        assertThat(common("ROW<a INT>", "ROW<b BIGINT>")).isEqualTo("ROW<`a` BIGINT>");
        assertThat(common("NULL", "INT NOT NULL")).isEqualTo("INT");
        assertThat(common("NULL")).isEqualTo("NULL");
        assertThat(common("INT", "STRING")).isNull();
        assertThat(common("DATE", "TIMESTAMP(3)")).isNull();
        assertThat(common("ROW<a INT>", "ROW<a INT, b INT>")).isNull();
    }

    @Test
    void additionOfDecimals() {
        assertThat(TypeRules.plus(t("DECIMAL(10, 2)"), t("DECIMAL(5, 4)")).toString()).isEqualTo("DECIMAL(13, 4)");
        assertThat(TypeRules.plus(t("DECIMAL(38, 8)"), t("DECIMAL(32, 8)")).toString()).isEqualTo("DECIMAL(38, 7)");
        assertThat(TypeRules.plus(t("INT NOT NULL"), t("BIGINT NOT NULL")).toString()).isEqualTo("BIGINT NOT NULL");
        assertThat(TypeRules.plus(t("DATE"), t("INTERVAL SECOND(3)")).toString()).isEqualTo("DATE");
        assertThat(TypeRules.plus(t("INTERVAL MONTH"), t("TIMESTAMP(3)")).toString()).isEqualTo("TIMESTAMP(3)");
        assertThat(TypeRules.plus(t("STRING"), t("INT"))).isNull();
    }

    @Test
    void multiplicationDivisionAndModulo() {
        assertThat(TypeRules.times(t("DECIMAL(10, 2)"), t("INT")).toString()).isEqualTo("DECIMAL(21, 2)");
        assertThat(TypeRules.times(t("DECIMAL(30, 10)"), t("DECIMAL(30, 10)")).toString()).isEqualTo("DECIMAL(38, 6)");
        assertThat(TypeRules.times(t("INTERVAL SECOND(3)"), t("INT")).toString()).isEqualTo("INTERVAL SECOND(3)");
        assertThat(TypeRules.divide(t("DECIMAL(10, 2)"), t("DECIMAL(5, 0)")).toString()).isEqualTo("DECIMAL(16, 8)");
        assertThat(TypeRules.divide(t("BIGINT"), t("INT")).toString()).isEqualTo("BIGINT");
        assertThat(TypeRules.divide(t("DOUBLE"), t("INT")).toString()).isEqualTo("DOUBLE");
        assertThat(TypeRules.mod(t("BIGINT"), t("INT NOT NULL")).toString()).isEqualTo("INT");
        assertThat(TypeRules.mod(t("DECIMAL(10, 2)"), t("DECIMAL(5, 1)")).toString()).isEqualTo("DECIMAL(6, 2)");
        assertThat(TypeRules.mod(t("STRING"), t("INT"))).isNull();
    }

    @Test
    void aggregateResultTypes() {
        assertThat(TypeRules.sum(t("DECIMAL(10, 2) NOT NULL")).toString()).isEqualTo("DECIMAL(38, 2) NOT NULL");
        assertThat(TypeRules.sum(t("INT")).toString()).isEqualTo("INT");
        assertThat(TypeRules.average(t("DECIMAL(10, 2)")).toString()).isEqualTo("DECIMAL(38, 6)");
        assertThat(TypeRules.average(t("DECIMAL(20, 10)")).toString()).isEqualTo("DECIMAL(38, 10)");
        assertThat(TypeRules.average(t("DOUBLE")).toString()).isEqualTo("DOUBLE");
        assertThat(TypeRules.round(t("DECIMAL(10, 4)"), 2).toString()).isEqualTo("DECIMAL(9, 2)");
        assertThat(TypeRules.round(t("DECIMAL(10, 4)"), -1).toString()).isEqualTo("DECIMAL(7, 0)");
        assertThat(TypeRules.round(t("DECIMAL(10, 4)"), 6).toString()).isEqualTo("DECIMAL(10, 4)");
        assertThat(TypeRules.asDecimal(t("SMALLINT")).toString()).isEqualTo("DECIMAL(5, 0)");
    }

    @Test
    void commonTypeOfNothingIsNull() {
        assertThat(TypeRules.commonType(List.of()).toString()).isEqualTo("NULL");
    }
}
