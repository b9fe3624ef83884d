package dev.streamt.runtime.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

    private final Placeholders placeholders = new Placeholders(Map.of("HOST", "kafka-1", "PORT", "9092")::get);

    @Test
    void replacesEveryPlaceholderAndKeepsTheRest() {
        assertThat(placeholders.resolve("${HOST}:${PORT},backup:${PORT}")).isEqualTo("kafka-1:9092,backup:9092");
        assertThat(placeholders.resolve("plain $HOST {PORT}")).isEqualTo("plain $HOST {PORT}");
        assertThat(placeholders.resolve(null)).isNull();
    }

    @Test
    void aMissingVariableIsNamedWithoutAnyValue() {
        assertThatThrownBy(() -> placeholders.resolveAll(Map.of("a", "${HOST}", "b", "${SECRET}", "c", "${TOKEN}")))
                .isInstanceOf(UnresolvedPlaceholderException.class)
                .hasMessage("environment variables SECRET, TOKEN are not set in this service's environment")
                .hasMessageNotContaining("kafka-1");
    }

    @Test
    void findsTheVariablesOfAValue() {
        assertThat(Placeholders.variablesIn("${A}-${B}-${A}")).containsExactly("A", "B");
        assertThat(Placeholders.containsPlaceholder("${A}")).isTrue();
        assertThat(Placeholders.containsPlaceholder("$A")).isFalse();
    }

    @Test
    void aValueThatLooksLikeAReplacementIsCopiedLiterally() {
        Placeholders tricky = new Placeholders(Map.of("P", "a$1\\b")::get);
        assertThat(tricky.resolve("x${P}y")).isEqualTo("xa$1\\by");
    }
}
