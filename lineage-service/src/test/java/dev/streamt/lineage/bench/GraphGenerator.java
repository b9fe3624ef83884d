package dev.streamt.lineage.bench;

import dev.streamt.contracts.manifest.ColumnLineage;
import dev.streamt.contracts.manifest.Dag;
import dev.streamt.contracts.manifest.DagEdge;
import dev.streamt.contracts.manifest.DagNode;
import dev.streamt.contracts.manifest.Exposure;
import dev.streamt.contracts.manifest.ExposureType;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.Model;
import dev.streamt.contracts.manifest.ModelAccess;
import dev.streamt.contracts.manifest.ModelColumn;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.ProjectInfo;
import dev.streamt.contracts.manifest.Source;
import dev.streamt.contracts.manifest.SourceColumn;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates the benchmark's projects: each of 1,000 nodes, made of 10 pipelines of 100 (5 sources, 9 layers of 10
 * models each reading one or two models of the layer before, 5 exposures), every model with three columns whose
 * lineage points at its inputs' columns. In every odd project two sources of each pipeline read topics of the
 * previous project's last layer, so lineage crosses projects as in a real platform. Seeded: the same graph each run.
 */
final class GraphGenerator {

    static final int NODES_PER_PROJECT = 1000;
    private static final int PIPELINES = 10;
    private static final int SOURCES = 5;
    private static final int LAYERS = 9;
    private static final int WIDTH = 10;
    private static final int EXPOSURES = 5;
    private static final List<String> COLUMNS = List.of("id", "amount", "ts");

    private GraphGenerator() {
    }

    static String project(int k) {
        return String.format("p%03d", k);
    }

    static String model(int pipeline, int layer, int i) {
        return "m" + pipeline + "_" + layer + "_" + i;
    }

    /** The models of a project that queries are asked about (a sample, chosen by the caller). */
    static Manifest project(int k, String environment, Instant compiledAt) {
        Random random = new Random(k);
        List<Source> sources = new ArrayList<>();
        List<Model> models = new ArrayList<>();
        List<Exposure> exposures = new ArrayList<>();
        List<DagNode> nodes = new ArrayList<>();
        List<DagEdge> edges = new ArrayList<>();
        for (int p = 0; p < PIPELINES; p++) {
            List<NodeId> previous = new ArrayList<>();
            for (int s = 0; s < SOURCES; s++) {
                String name = "s" + p + "_" + s;
                boolean joined = k % 2 == 1 && s < 2;
                String topic = joined ? project(k - 1) + "." + model(p, LAYERS - 1, s) : project(k) + ".raw." + name;
                sources.add(new Source(name, topic, null, "team-" + (k % 7), List.of(), null,
                        COLUMNS.stream().map(c -> SourceColumn.of(c, "STRING")).toList(), null, null, null));
                nodes.add(DagNode.of(NodeId.source(name), null, List.of(), "team-" + (k % 7)));
                previous.add(NodeId.source(name));
            }
            for (int layer = 0; layer < LAYERS; layer++) {
                List<NodeId> current = new ArrayList<>();
                for (int i = 0; i < WIDTH; i++) {
                    String name = model(p, layer, i);
                    NodeId id = NodeId.model(name);
                    List<NodeId> inputs = new ArrayList<>(List.of(previous.get(random.nextInt(previous.size()))));
                    if (random.nextBoolean()) {
                        NodeId second = previous.get(random.nextInt(previous.size()));
                        if (!inputs.contains(second)) {
                            inputs.add(second);
                        }
                    }
                    List<ModelColumn> columns = new ArrayList<>();
                    for (String column : COLUMNS) {
                        columns.add(new ModelColumn(column, "STRING", null, null,
                                inputs.stream().map(in -> new ColumnLineage(in, column)).toList()));
                    }
                    List<String> tags = i == 0 ? List.of("critical") : List.of();
                    models.add(new Model(name, layer % 3 == 2 ? Materialization.FLINK : Materialization.TOPIC, "declared",
                            "SELECT id, amount, ts FROM " + inputs.get(0).name(), inputs, columns, null,
                            "team-" + (i % 5), tags, null, ModelAccess.PRIVATE, null, project(k) + "." + name));
                    nodes.add(DagNode.of(id, layer % 3 == 2 ? Materialization.FLINK : Materialization.TOPIC, tags,
                            "team-" + (i % 5)));
                    inputs.forEach(in -> edges.add(new DagEdge(in, id)));
                    current.add(id);
                }
                previous = current;
            }
            for (int e = 0; e < EXPOSURES; e++) {
                String name = "x" + p + "_" + e;
                NodeId consumed = previous.get(random.nextInt(previous.size()));
                exposures.add(new Exposure(name, ExposureType.DASHBOARD, null, null, "team-x" + e, List.of(), null,
                        null, null, null, null, List.of(), List.of(consumed), List.of(), Map.of("max_lag_seconds", 60),
                        List.of()));
                nodes.add(DagNode.of(NodeId.exposure(name), null, List.of(), "team-x" + e));
                edges.add(new DagEdge(consumed, NodeId.exposure(name)));
            }
        }
        String id = "sha256:" + HexFormat.of().formatHex(sha256(project(k) + environment + compiledAt));
        return new Manifest(Manifest.API_VERSION, id, ProjectInfo.named(project(k)), environment, compiledAt,
                List.of(), sources, models, List.of(), exposures, new Dag(nodes, edges, List.of()), null);
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
