package dev.streamt.testkit.projects;

/**
 * Projects of any size for tests that need a large one (events by reference, capacity, many models through the real
 * services): valid {@code stream_project.yml} texts, generated. Pure.
 */
public final class GeneratedProjects {

    private GeneratedProjects() {
    }

    /**
     * A project of {@code models} models, each filtering the one before it (the first reads source {@code raw}), on
     * the Kafka at {@code bootstrapServers}, with a Flink cluster to run them (never contacted by a compile).
     */
    public static String chain(String name, int models, String bootstrapServers) {
        StringBuilder yaml = new StringBuilder("project: {name: " + name + ", version: 1.0.0}\n"
                + "runtime:\n  kafka: {bootstrap_servers: '" + bootstrapServers + "'}\n"
                + "  flink:\n    default: local\n    clusters:\n      local: {type: rest, rest_url: "
                + "'http://localhost:18081', sql_gateway_url: 'http://localhost:18083'}\n"
                + "sources:\n- name: raw\n  topic: " + name + ".raw.v1\n"
                + "  columns: [{name: id, type: STRING}, {name: amount, type: DOUBLE}]\n"
                + "models:\n");
        for (int i = 0; i < models; i++) {
            String from = i == 0 ? "{{ source('raw') }}" : "{{ ref('m" + (i - 1) + "') }}";
            yaml.append("- name: m").append(i).append("\n  sql: SELECT id, amount FROM ").append(from)
                    .append(" WHERE amount > ").append(i).append("\n");
        }
        return yaml.toString();
    }
}
