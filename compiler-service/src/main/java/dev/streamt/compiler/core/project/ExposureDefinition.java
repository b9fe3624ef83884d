package dev.streamt.compiler.core.project;

import dev.streamt.contracts.manifest.ExposureRole;
import dev.streamt.contracts.manifest.ExposureType;
import java.util.List;
import java.util.Objects;

/**
 * An exposure ({@code exposures[]}): an application, dashboard, ML job or API outside the project. {@code type} is
 * null only after an {@code INVALID_VALUE} was reported; {@code sla}, {@code contracts} and {@code access} are null
 * when not written. {@code produces}, {@code consumes} and {@code dependsOn} hold {@code {source|ref}} references.
 */
public record ExposureDefinition(String name, ExposureType type, ExposureRole role, String description, String owner,
        List<String> tags, String url, String repo, String language, String tool, String consumerGroup,
        List<InputRef> produces, List<InputRef> consumes, List<InputRef> dependsOn, Sla sla, List<Contact> contacts,
        ExposureContract contracts, ExposureAccess access, Positions positions) implements Located {

    public ExposureDefinition {
        Immutable.name(name, "exposure name");
        tags = Immutable.list(tags);
        produces = Immutable.list(produces);
        consumes = Immutable.list(consumes);
        dependsOn = Immutable.list(dependsOn);
        contacts = Immutable.list(contacts);
        Objects.requireNonNull(positions, "positions");
    }
}
