package dev.streamt.planner.core;

import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.ProjectInfo;
import dev.streamt.contracts.manifest.RuntimeTargets;
import dev.streamt.contracts.manifest.Source;
import dev.streamt.contracts.manifest.TopicArtifact;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Manifests as the compiler publishes them, reduced to what the planner reads. */
public final class Manifests {

    private Manifests() {
    }

    public static TopicArtifact topic(String name, int partitions, Map<String, String> config) {
        return new TopicArtifact(name, partitions, 1, config, null);
    }

    public static Source source(String name, String topic) {
        return new Source(name, topic, null, null, List.of(), null, List.of(), null, null, null);
    }

    /** A manifest of {@code project}/{@code env} with these topics, connected to {@code bootstrap}. */
    public static Manifest manifest(String id, String project, String env, String bootstrap, List<Source> sources,
            List<TopicArtifact> topics) {
        String hex = String.format("%64s", Integer.toHexString(id.hashCode() & 0x7fffffff)).replace(' ', '0');
        return new Manifest(Manifest.API_VERSION, "sha256:" + hex, ProjectInfo.named(project), env,
                Instant.parse("2026-01-01T00:00:00Z"), List.of(), sources, List.of(), List.of(), List.of(), null,
                new Artifacts(topics, List.of(), List.of(), List.of(), List.of()),
                new RuntimeTargets(KafkaConnection.plaintext(bootstrap)), null);
    }

    public static Manifest manifest(String project, String env, TopicArtifact... topics) {
        return manifest(project + "/" + env + List.of(topics), project, env, "kafka:9092", List.of(),
                List.of(topics));
    }
}
