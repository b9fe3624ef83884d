package dev.streamt.compiler.core.project;

import java.util.List;

/** An exposure's {@code access}: the {@code roles} it uses and the {@code purpose}. */
public record ExposureAccess(List<String> roles, String purpose) {

    public ExposureAccess {
        roles = Immutable.list(roles);
    }
}
