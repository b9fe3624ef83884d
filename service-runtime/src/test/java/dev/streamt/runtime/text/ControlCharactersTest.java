package dev.streamt.runtime.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

    @Test
    void findsNulLineBreaksTabsAndDelButNotOrdinaryText() {
        assertThat(ControlCharacters.in("models/a.yml\nFORGED")).isTrue();
        assertThat(ControlCharacters.in("ab\u0000cd")).isTrue();
        assertThat(ControlCharacters.in("a\tb")).isTrue();
        assertThat(ControlCharacters.in("a\u007fb")).isTrue();
        assertThat(ControlCharacters.in("models/ordres_é.yml")).isFalse();
        assertThat(ControlCharacters.in(null)).isFalse();
    }

    @Test
    void escapesThemAndCutsLongText() {
        assertThat(ControlCharacters.escaped("a\nb\u0000", 100)).isEqualTo("a\\u000ab\\u0000");
        assertThat(ControlCharacters.escaped("abcdef", 3)).isEqualTo("abc…");
    }
}
