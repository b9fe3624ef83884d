package dev.streamt.compiler.core.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobSettingsTest {

    @Test
    void theScriptEndsEveryStatementAndProtectsTheSemicolonFromATrailingComment() {
        assertThat(JobSettings.script(List.of("SET 'a' = 'b'", "SELECT 1 -- x", "SELECT '--'\nFROM t")))
                .isEqualTo("SET 'a' = 'b';\n\nSELECT 1 -- x\n;\n\nSELECT '--'\nFROM t;\n");
    }

    @Test
    void setStatementsFollowTheSettings() {
        JobSettings settings = new JobSettings("c", 2, 1000, 5000L, "hashmap", 0L, "none");

        assertThat(settings.statements("j", true, true)).containsExactly("SET 'pipeline.name' = 'j'",
                "SET 'parallelism.default' = '2'", "SET 'execution.checkpointing.interval' = '1000 ms'",
                "SET 'execution.checkpointing.timeout' = '5000 ms'", "SET 'state.backend.type' = 'hashmap'",
                "SET 'table.exec.state.ttl' = '0 ms'", "SET 'restart-strategy.type' = 'none'",
                "SET 'table.exec.source.idle-timeout' = '30000 ms'",
                "SET 'table.exec.sink.not-null-enforcer' = 'DROP'");
        assertThat(new JobSettings(null, null, 60000, null, null, null, null).statements("j", false, false))
                .containsExactly("SET 'pipeline.name' = 'j'", "SET 'execution.checkpointing.interval' = '60000 ms'");
    }

    @Test
    void settingsValidateTheirValues() {
        assertThatThrownBy(() -> new JobSettings(null, 0, 1000, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobSettings(null, null, 0, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JobSettings(null, null, 1000, null, null, -1L, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(JobSettings.groupId(Plans.plan(Plans.FLINK).project(), "j")).isEqualTo("streamt.shop.j");
    }
}
