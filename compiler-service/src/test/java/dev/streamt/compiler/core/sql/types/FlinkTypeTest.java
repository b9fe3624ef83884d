package dev.streamt.compiler.core.sql.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.compiler.core.sql.types.FlinkType.Root;
import dev.streamt.compiler.core.sql.types.FlinkType.TimeAttribute;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FlinkTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "INT|INT", "INTEGER|INT", "integer|INT", "BIGINT NOT NULL|BIGINT NOT NULL", "TINYINT|TINYINT",
            "SMALLINT|SMALLINT", "BOOLEAN|BOOLEAN", "FLOAT|FLOAT", "REAL|FLOAT", "DOUBLE|DOUBLE",
            "DOUBLE PRECISION|DOUBLE", "STRING|STRING", "VARCHAR|STRING", "VARCHAR(2147483647)|STRING",
            "VARCHAR(10)|VARCHAR(10)", "CHARACTER VARYING(5)|VARCHAR(5)", "CHAR|CHAR(1)", "CHAR(3)|CHAR(3)",
            "BYTES|BYTES", "VARBINARY|BYTES", "BINARY(4)|BINARY(4)", "DECIMAL|DECIMAL(10, 0)",
            "DECIMAL(10,2)|DECIMAL(10, 2)", "NUMERIC(5)|DECIMAL(5, 0)", "DEC(12, 4)|DECIMAL(12, 4)", "DATE|DATE",
            "TIME|TIME(0)", "TIME(3)|TIME(3)", "TIMESTAMP|TIMESTAMP(6)", "TIMESTAMP(3)|TIMESTAMP(3)",
            "TIMESTAMP(3) WITHOUT TIME ZONE|TIMESTAMP(3)", "TIMESTAMP_LTZ(3)|TIMESTAMP_LTZ(3)",
            "TIMESTAMP(3) WITH LOCAL TIME ZONE|TIMESTAMP_LTZ(3)", "TIMESTAMP(3) WITH TIME ZONE|TIMESTAMP(3) WITH TIME ZONE",
            "ARRAY<STRING>|ARRAY<STRING>", "ARRAY<INT NOT NULL> NOT NULL|ARRAY<INT NOT NULL> NOT NULL",
            "INT ARRAY|ARRAY<INT>", "MULTISET<BIGINT>|MULTISET<BIGINT>", "MAP<STRING, INT>|MAP<STRING, INT>",
            "MAP< STRING, ARRAY< INTEGER > >|MAP<STRING, ARRAY<INT>>",
            "ROW<a INT, b STRING>|ROW<`a` INT, `b` STRING>", "ROW(a INT, `b c` STRING)|ROW<`a` INT, `b c` STRING>",
            "ROW< `x` INTEGER, `y` STRING >|ROW<`x` INT, `y` STRING>",
            "ROW<a INT 'the a', b ROW<c DOUBLE>>|ROW<`a` INT 'the a', `b` ROW<`c` DOUBLE>>",
            "INTERVAL SECOND(3)|INTERVAL SECOND(3)", "INTERVAL DAY(2) TO SECOND(3)|INTERVAL DAY(2) TO SECOND(3)",
            "INTERVAL YEAR TO MONTH|INTERVAL YEAR TO MONTH", "RAW('java.lang.Object', 'abc')|RAW('java.lang.Object', 'abc')",
            "VARIANT|VARIANT", "TIMESTAMP(3) *ROWTIME*|TIMESTAMP(3) *ROWTIME*",
            "TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*|TIMESTAMP_LTZ(3) NOT NULL *PROCTIME*"})
    void parsesAndPrintsAsFlink(String text, String printed) {
        FlinkType type = FlinkType.parse(text).orElseThrow();
        assertThat(type.toString()).isEqualTo(printed);
        assertThat(FlinkType.parse(type.toString())).contains(type);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"VARCHARR", "DECIMAL(50, 2)", "DECIMAL(5, 6)", "ARRAY<>", "MAP<INT>",
            "ROW<a>", "INT NOT", "TIMESTAMP(3) WITH ZONE", "MyUdt", "INT INT", "`x`", "INT *ROWTIME*", "DECIMAL(a)"})
    void rejectsWhatIsNotAType(String text) {
        assertThat(FlinkType.parse(text)).isEmpty();
        assertThat(FlinkType.isValid(text)).isFalse();
    }

    @Test
    void blankIsNotAType() {
        assertThat(FlinkType.parse(null)).isEmpty();
        assertThat(FlinkType.parse("  ")).isEmpty();
    }

    @Test
    void ddlDropsTheTimeAttributeMarkerButKeepsNullability() {
        FlinkType rowtime = FlinkType.timestamp(3).notNull().withTimeAttribute(TimeAttribute.ROWTIME);
        assertThat(rowtime.toString()).isEqualTo("TIMESTAMP(3) NOT NULL *ROWTIME*");
        assertThat(rowtime.ddl()).isEqualTo("TIMESTAMP(3) NOT NULL");
        assertThat(rowtime.withoutTimeAttribute().isTimeAttribute()).isFalse();
        assertThat(rowtime.sameAs(FlinkType.timestamp(3))).isTrue();
    }

    @Test
    void intervalsNullAndZonedTimestampsCannotBeDeclared() {
        assertThat(FlinkType.INTERVAL_SECOND.declarable()).isFalse();
        assertThat(FlinkType.NULL.declarable()).isFalse();
        assertThat(FlinkType.parse("TIMESTAMP(3) WITH TIME ZONE").orElseThrow().declarable()).isFalse();
        assertThat(FlinkType.array(FlinkType.INTERVAL_MONTH).declarable()).isFalse();
        assertThat(FlinkType.parse("ROW<a INT, b MAP<STRING, BYTES>>").orElseThrow().declarable()).isTrue();
    }

    @Test
    void familiesAreTold() {
        assertThat(FlinkType.INT.isIntegral()).isTrue();
        assertThat(FlinkType.decimal(5, 2).isExactNumeric()).isTrue();
        assertThat(FlinkType.DOUBLE.isApproximateNumeric()).isTrue();
        assertThat(FlinkType.chr(2).isCharacterString()).isTrue();
        assertThat(FlinkType.BYTES.isBinaryString()).isTrue();
        assertThat(FlinkType.timestampLtz(3).isTimestamp()).isTrue();
        assertThat(FlinkType.DATE.isDatetime()).isTrue();
        assertThat(FlinkType.INTERVAL_SECOND.isInterval()).isTrue();
        assertThat(FlinkType.STRING.isNumeric()).isFalse();
    }

    @Test
    void compactConstructorValidates() {
        assertThatThrownBy(() -> FlinkType.INT.withTimeAttribute(TimeAttribute.ROWTIME))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlinkType(Root.ARRAY, 0, 0, List.of(), List.of(), true, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlinkType.decimal(2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlinkType.Field.of("", FlinkType.INT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void quotesBackticksInRowFieldNames() {
        FlinkType row = FlinkType.row(List.of(FlinkType.Field.of("we`ird", FlinkType.INT)));
        assertThat(row.toString()).isEqualTo("ROW<`we``ird` INT>");
        assertThat(FlinkType.parse(row.toString())).contains(row);
    }
}
