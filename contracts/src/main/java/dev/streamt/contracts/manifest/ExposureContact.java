package dev.streamt.contracts.manifest;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.Require;

/** A person or channel to contact about an exposure. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ExposureContact(String name, @Nullable String email, @Nullable String slack) {

    public ExposureContact {
        Require.nonBlank(name, "contact name");
    }
}
