package dev.streamt.compiler.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.streamt.compiler.core.project.load.ProjectFiles;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectFilesTest {

    @Test
    void keepsPathsSortedAndEncodesTextAsUtf8() {
        Map<String, String> texts = new HashMap<>();
        texts.put("models/b.yml", "b");
        texts.put("stream_project.yml", "é");
        texts.put("models/a.yml", "a");

        ProjectFiles files = ProjectFiles.ofText(texts);

        assertThat(files.paths()).containsExactly("models/a.yml", "models/b.yml", "stream_project.yml");
        assertThat(files.bytes("stream_project.yml")).isEqualTo("é".getBytes(StandardCharsets.UTF_8));
        assertThat(files.size()).isEqualTo(3);
        assertThat(files.contains("models/a.yml")).isTrue();
        assertThat(files.bytes("missing.yml")).isNull();
    }

    @Test
    void copiesTheBytesInAndComparesByContent() {
        byte[] bytes = "x: 1".getBytes(StandardCharsets.UTF_8);
        ProjectFiles files = ProjectFiles.of(Map.of("stream_project.yml", bytes));
        bytes[0] = 'y';

        assertThat(files.bytes("stream_project.yml")[0]).isEqualTo((byte) 'x');
        assertThat(files).isEqualTo(ProjectFiles.ofText(Map.of("stream_project.yml", "x: 1")))
                .hasSameHashCodeAs(ProjectFiles.ofText(Map.of("stream_project.yml", "x: 1")))
                .isNotEqualTo(ProjectFiles.ofText(Map.of("stream_project.yml", "x: 2")));
        assertThatThrownBy(() -> files.files().put("a", new byte[0]))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "C:/project/x.yml", "models\\a.yml", "models/../../x.yml", "../x.yml",
            "models//a.yml", "./stream_project.yml", "models/", "a\u0000b.yml"})
    void refusesPathsThatAreNotPlainRelativePaths(String path) {
        assertThatThrownBy(() -> ProjectFiles.ofText(Map.of(path, "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("path");
    }

    @Test
    void acceptsNestedRelativePaths() {
        assertThat(ProjectFiles.checkPath("models/staging/orders.v1.yml")).isEqualTo("models/staging/orders.v1.yml");
        assertThat(ProjectFiles.checkPath(".hidden/x.yml")).isEqualTo(".hidden/x.yml");
    }
}
