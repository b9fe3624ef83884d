package dev.streamt.compiler.core.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.policy.MaskingPolicy;
import dev.streamt.compiler.core.project.policy.MaskingRule;
import dev.streamt.compiler.core.sql.parse.FlinkStatementCheck;
import dev.streamt.compiler.core.sql.types.FlinkType;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlinkMaskingTest {

    private static MaskingRule rule(String column, MaskingPolicy policy, Integer visible) {
        return new MaskingRule(column, policy, visible, List.of(), MaskingRule.Origin.MASKING,
                Span.startOf("stream_project.yml"));
    }

    @Test
    void everyPolicyIsAValidExpressionForAnyType() {
        for (MaskingPolicy policy : MaskingPolicy.values()) {
            for (FlinkType type : List.of(FlinkType.STRING, FlinkType.BIGINT, FlinkType.decimal(10, 2),
                    FlinkType.timestamp(3), FlinkType.parse("ROW<a INT>").orElseThrow())) {
                String expression = FlinkMasking.expression(rule("c", policy, 2), "c", type, "shop");
                assertThat(FlinkStatementCheck.check("SELECT " + expression + " AS `c` FROM `t`"))
                        .as("%s on %s: %s", policy, type, expression).isEmpty();
            }
        }
    }

    @Test
    void eachPolicyRewritesTheValueAsDocumented() {
        assertThat(FlinkMasking.expression(rule("e", MaskingPolicy.HASH, null), "e", FlinkType.STRING, "p"))
                .isEqualTo("MD5(CAST(`e` AS STRING))");
        assertThat(FlinkMasking.expression(rule("e", MaskingPolicy.REDACT, null), "e", FlinkType.STRING, "p"))
                .isEqualTo("CASE WHEN `e` IS NULL THEN CAST(NULL AS STRING) ELSE CAST('***' AS STRING) END");
        assertThat(FlinkMasking.expression(rule("e", MaskingPolicy.TOKENIZE, null), "e", FlinkType.STRING, "p"))
                .isEqualTo("SHA256(CONCAT('streamt:p:', CAST(`e` AS STRING)))");
        assertThat(FlinkMasking.expression(rule("e", MaskingPolicy.NULL, null), "e",
                FlinkType.timestamp(3).notNull(), "p")).isEqualTo("CAST(NULL AS TIMESTAMP(3))");
        assertThat(FlinkMasking.expression(rule("e", MaskingPolicy.PARTIAL, null), "e", FlinkType.STRING, "p"))
                .contains("<= 4 THEN CAST(`e` AS STRING)", "REPEAT('*', CHAR_LENGTH(CAST(`e` AS STRING)) - 4)",
                        "SUBSTRING(CAST(`e` AS STRING) FROM CHAR_LENGTH(CAST(`e` AS STRING)) - 4 + 1)");
        assertThat(FlinkMasking.visibleChars(rule("e", MaskingPolicy.PARTIAL, -3))).isZero();
    }

    @Test
    void maskedColumnsBecomeStringsButNullKeepsItsType() {
        assertThat(FlinkMasking.maskedType(MaskingPolicy.HASH, FlinkType.BIGINT)).isEqualTo(FlinkType.STRING);
        assertThat(FlinkMasking.maskedType(MaskingPolicy.NULL, FlinkType.BIGINT.notNull()))
                .isEqualTo(FlinkType.BIGINT);
        assertThat(FlinkMasking.ruleFor(List.of(rule("a", MaskingPolicy.HASH, null)), "b")).isNull();
    }
}
