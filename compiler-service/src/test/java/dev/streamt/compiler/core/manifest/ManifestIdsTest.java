package dev.streamt.compiler.core.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.ProjectInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestIdsTest {

    private static Manifest draft(String environment, Instant compiledAt, List<String> variables) {
        return new Manifest(Manifest.API_VERSION, ManifestIds.PLACEHOLDER, ProjectInfo.named("payments"), environment,
                compiledAt, variables, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    @Test
    void theSameContentCompiledAtAnotherTimeHasTheSameId() {
        Manifest first = ManifestIds.withContentId(draft("dev", Instant.parse("2026-11-21T10:00:00Z"), List.of("A")));
        Manifest later = ManifestIds.withContentId(draft("dev", Instant.parse("2026-11-22T08:30:00Z"), List.of("A")));

        assertThat(first.id()).matches(Manifest.ID_PATTERN).isEqualTo(later.id());
    }

    @Test
    void anyChangeOfContentChangesTheId() {
        Instant now = Instant.now();

        assertThat(ManifestIds.idOf(draft("dev", now, List.of("A"))))
                .isNotEqualTo(ManifestIds.idOf(draft("prod", now, List.of("A"))))
                .isNotEqualTo(ManifestIds.idOf(draft("dev", now, List.of("A", "B"))));
    }

    @Test
    void theIdDoesNotDependOnThePlaceholderItReplaces() {
        Manifest withId = ManifestIds.withContentId(draft(null, Instant.now(), List.of()));

        assertThat(ManifestIds.idOf(withId)).isEqualTo(withId.id());
    }
}
