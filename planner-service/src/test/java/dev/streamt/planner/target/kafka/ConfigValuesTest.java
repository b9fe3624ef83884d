package dev.streamt.planner.target.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfigValuesTest {

    @Test
    void trimsAndLowerCasesBooleans() {
        assertThat(ConfigValues.normalise("preallocate", "  TRUE ")).isEqualTo("true");
        assertThat(ConfigValues.normalise("compression.type", " zstd ")).isEqualTo("zstd");
    }

    @Test
    void writesNumbersCanonically() {
        assertThat(ConfigValues.normalise("retention.ms", "+604800000")).isEqualTo("604800000");
        assertThat(ConfigValues.normalise("retention.ms", "6.048E8")).isEqualTo("604800000");
        assertThat(ConfigValues.normalise("min.cleanable.dirty.ratio", "0.50")).isEqualTo("0.5");
        assertThat(ConfigValues.normalise("retention.ms", "-1")).isEqualTo("-1");
    }

    @Test
    void comparesListsAsSortedSets() {
        assertThat(ConfigValues.same("cleanup.policy", "delete,compact", "compact, delete")).isTrue();
        assertThat(ConfigValues.same("cleanup.policy", "delete", "compact")).isFalse();
    }

    @Test
    void absentIsOnlyEqualToAbsent() {
        assertThat(ConfigValues.same("retention.ms", null, null)).isTrue();
        assertThat(ConfigValues.same("retention.ms", null, "1")).isFalse();
    }

    @Test
    void placeholdersAreNotComparable() {
        assertThat(ConfigValues.comparable("${RETENTION_MS}")).isFalse();
        assertThat(ConfigValues.comparable("604800000")).isTrue();
    }
}
