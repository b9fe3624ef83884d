package dev.streamt.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.contracts.ContractViolationException;
import dev.streamt.contracts.json.StreamtJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubjectTest {

    @Test
    void formatsAndParsesProjectAndEnvironment() {
        Subject subject = Subject.of("shop", "dev");

        assertThat(subject.value()).isEqualTo("shop/dev");
        assertThat(subject).hasToString("shop/dev");
        assertThat(Subject.parse("shop/dev")).isEqualTo(subject);
        assertThat(subject.environmentOrDefault()).isEqualTo("dev");
    }

    @Test
    void aProjectWithoutEnvironmentsUsesDefault() {
        Subject subject = Subject.of("shop", null);

        assertThat(subject.value()).isEqualTo("shop/default");
        assertThat(Subject.parse("shop/default")).isEqualTo(subject);
        assertThat(Subject.parse("shop/default").environment()).isNull();
        assertThat(Subject.of("shop", "default")).isEqualTo(subject);
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop", "shop/", "/dev", "shop/dev/eu", "my shop/dev", " /dev"})
    void rejectsInvalidSubjects(String text) {
        assertThatThrownBy(() -> Subject.parse(text)).isInstanceOf(ContractViolationException.class)
                .hasMessageContaining("subject '" + text + "'");
    }

    @Test
    void travelsAsAString() {
        assertThat(StreamtJson.toJson(Subject.of("shop", "prod"))).isEqualTo("\"shop/prod\"");
        assertThat(StreamtJson.fromJson("\"shop/prod\"", Subject.class)).isEqualTo(Subject.of("shop", "prod"));
    }
}
