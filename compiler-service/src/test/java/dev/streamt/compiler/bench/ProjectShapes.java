package dev.streamt.compiler.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generates projects of N models in the four shapes the benchmark measures. Every model is a real Flink SQL model over
 * declared columns, so compilation does all its work (render, parse, infer types and lineage, generate jobs).
 */
enum ProjectShapes {
    /** m0 ← m1 ← … ← mN-1: the deepest possible DAG. */
    CHAIN,
    /** Each model reads its parent in a binary tree: depth log2 N. */
    BINARY_TREE,
    /** Every model reads the one source directly. */
    FAN_OUT,
    /** Layers of 100 models, each reading two models of the layer above. */
    LATTICE;

    private static final int LAYER = 100;

    /** The project as the {@code files} of an upload. */
    Map<String, byte[]> project(int models) {
        StringBuilder yaml = new StringBuilder(models * 220);
        yaml.append("""
                project:
                  name: bench
                  version: 1.0.0
                runtime:
                  kafka:
                    bootstrap_servers: localhost:9092
                  flink:
                    default: local
                    clusters:
                      local:
                        type: rest
                        rest_url: http://localhost:8081
                        sql_gateway_url: http://localhost:8083
                sources:
                - name: events
                  topic: events.v1
                  columns:
                  - {name: id, type: BIGINT}
                  - {name: amount, type: DOUBLE}
                  - {name: region, type: STRING}
                models:
                """);
        for (int i = 0; i < models; i++) {
            List<String> inputs = inputs(i);
            yaml.append("- name: m").append(i).append('\n');
            yaml.append("  sql: >-\n    SELECT a.id, a.amount + 1 AS amount, a.region FROM ")
                    .append(table(inputs.get(0))).append(" a");
            if (inputs.size() > 1) {
                yaml.append(" JOIN ").append(table(inputs.get(1))).append(" b ON a.id = b.id");
            } else {
                yaml.append(" WHERE a.amount > ").append(i % 100);
            }
            yaml.append('\n');
        }
        Map<String, byte[]> files = new TreeMap<>();
        files.put("stream_project.yml", yaml.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    private List<String> inputs(int i) {
        List<String> inputs = new ArrayList<>(2);
        switch (this) {
            case CHAIN -> inputs.add(i == 0 ? null : "m" + (i - 1));
            case BINARY_TREE -> inputs.add(i == 0 ? null : "m" + ((i - 1) / 2));
            case FAN_OUT -> inputs.add(null);
            case LATTICE -> {
                if (i < LAYER) {
                    inputs.add(null);
                } else {
                    int above = (i / LAYER - 1) * LAYER;
                    inputs.add("m" + (above + i % LAYER));
                    inputs.add("m" + (above + (i + 1) % LAYER));
                }
            }
            default -> throw new IllegalStateException(name());
        }
        return inputs;
    }

    private static String table(String model) {
        return model == null ? "{{ source('events') }}" : "{{ ref('" + model + "') }}";
    }
}
