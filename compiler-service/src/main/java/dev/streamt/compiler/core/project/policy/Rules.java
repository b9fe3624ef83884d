package dev.streamt.compiler.core.project.policy;

import dev.streamt.compiler.core.project.Located;
import dev.streamt.compiler.core.project.Positions;
import dev.streamt.compiler.core.project.Span;
import java.util.Objects;

/**
 * The {@code rules} block (governance). Each part is present (empty when not written). A violation is an error unless
 * the part sets {@code severity: warning} (or {@code rules.severity: warning} sets it for every part); each part's
 * {@code severity()} is that effective value.
 */
public record Rules(TopicRules topics, ModelRules models, SourceRules sources, SecurityRules security,
        Positions positions) implements Located {

    public Rules {
        topics = topics == null ? TopicRules.NONE : topics;
        models = models == null ? ModelRules.NONE : models;
        sources = sources == null ? SourceRules.NONE : sources;
        security = security == null ? SecurityRules.NONE : security;
        Objects.requireNonNull(positions, "positions");
    }

    /** No rules written. */
    public static Rules none(Span at) {
        return new Rules(null, null, null, null, Positions.of(at));
    }
}
