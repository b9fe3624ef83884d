package dev.streamt.compiler.core.project.runtime;

import dev.streamt.compiler.core.project.Immutable;
import java.util.Map;
import java.util.Optional;

/** {@code runtime.connect}: the {@code default} cluster name and the {@code clusters} by name (in written order). */
public record ConnectRuntime(String defaultCluster, Map<String, ConnectCluster> clusters) {

    public ConnectRuntime {
        clusters = Immutable.map(clusters);
    }

    /** The cluster of that name. */
    public Optional<ConnectCluster> cluster(String name) {
        return Optional.ofNullable(name == null ? null : clusters.get(name));
    }

    /** The {@code default} cluster, else the only cluster when there is exactly one, else empty. */
    public Optional<ConnectCluster> effectiveDefault() {
        if (defaultCluster != null) {
            return cluster(defaultCluster);
        }
        return clusters.size() == 1 ? Optional.of(clusters.values().iterator().next()) : Optional.empty();
    }
}
