package dev.streamt.deployer.target.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KafkaTargetSettingsTest {

    @Test
    void keepsValidSettings() {
        KafkaTargetSettings settings = new KafkaTargetSettings(200, 9_000, Duration.ofSeconds(60));

        assertThat(settings.batchSize()).isEqualTo(200);
        assertThat(settings.maxRecordsPerRequest()).isEqualTo(9_000);
        assertThat(settings.deletionTimeout()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void refusesSettingsThatCannotWork() {
        assertThatThrownBy(() -> new KafkaTargetSettings(0, 9_000, Duration.ofSeconds(60)))
                .hasMessageContaining("batch size");
        assertThatThrownBy(() -> new KafkaTargetSettings(200, 0, Duration.ofSeconds(60)))
                .hasMessageContaining("max records per request");
        assertThatThrownBy(() -> new KafkaTargetSettings(200, 9_000, Duration.ZERO))
                .hasMessageContaining("deletion timeout must be positive");
        assertThatThrownBy(() -> new KafkaTargetSettings(200, 9_000, Duration.ofSeconds(-1)))
                .hasMessageContaining("deletion timeout must be positive");
        assertThatThrownBy(() -> new KafkaTargetSettings(200, 9_000, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("deletion timeout");
    }
}
