package dev.streamt.compiler.core.project.runtime;

import dev.streamt.compiler.core.project.Immutable;
import dev.streamt.compiler.core.project.Span;
import java.util.Objects;

/** One entry of {@code runtime.connect.clusters}: its {@code name} (the key) and {@code rest_url}. */
public record ConnectCluster(String name, String restUrl, Span span) {

    public ConnectCluster {
        Immutable.name(name, "connect cluster name");
        Objects.requireNonNull(span, "span");
    }
}
