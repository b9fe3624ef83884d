package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Require;
import java.util.List;

/**
 * Who may reference a model with {@code ref()}: the {@code level} and, for {@code protected}, the
 * {@code allowed_groups} (a model's own group is always allowed).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ModelAccess(AccessLevel level, List<String> allowedGroups) {

    /** The default: {@code private}, no allowed groups. */
    public static final ModelAccess PRIVATE = new ModelAccess(AccessLevel.PRIVATE, List.of());

    public ModelAccess {
        Require.nonNull(level, "access.level");
        allowedGroups = Require.names(allowedGroups, "access.allowed_groups");
    }

    /** An access level with no allowed groups. */
    public static ModelAccess of(AccessLevel level) {
        return new ModelAccess(level, List.of());
    }
}
