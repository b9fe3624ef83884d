package dev.streamt.compiler.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reading is linear: 10,000 models (about 4 MB of YAML) load well under a second once the JVM is warm. Time is the
 * CPU time of the loading thread (best of several runs), so that other processes on a busy machine do not count.
 */
class PerformanceTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static final int MODELS = 10_000;

    static String models(int from, int to) {
        StringBuilder yaml = new StringBuilder("models:\n");
        for (int i = from; i < to; i++) {
            yaml.append("- name: model_").append(i).append('\n')
                    .append("  description: Model number ").append(i).append('\n')
                    .append("  owner: team-").append(i % 7).append('\n')
                    .append("  tags: [generated, t").append(i % 13).append("]\n")
                    .append("  sql: |\n")
                    .append("    SELECT id, amount\n")
                    .append("    FROM {{ ref(\"model_").append(Math.max(0, i - 1)).append("\") }}\n")
                    .append("    WHERE amount > ").append(i).append('\n')
                    .append("  columns:\n")
                    .append("  - name: id\n    type: BIGINT\n    classification: internal\n")
                    .append("  advanced:\n    topic:\n      partitions: ").append(1 + i % 12).append('\n')
                    .append("      config:\n        retention.ms: 86400000\n")
                    .append("    flink:\n      parallelism: 2\n      state_ttl_ms: 3600000\n");
        }
        return yaml.toString();
    }

    private static Map<String, String> project(int files) {
        Map<String, String> project = new HashMap<>();
        project.put("stream_project.yml", TestProjects.HEADER);
        int perFile = MODELS / files;
        for (int f = 0; f < files; f++) {
            project.put(String.format("models/part_%04d.yml", f), models(f * perFile, (f + 1) * perFile));
        }
        return project;
    }

    private static long timeMillis(Map<String, String> files) {
        ProjectFiles projectFiles = ProjectFiles.ofText(files);
        ProjectLoader loader = new ProjectLoader();
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = THREADS.getCurrentThreadCpuTime();
            LoadResult result = loader.load(projectFiles, null, Map.of());
            long elapsed = (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000;
            assertThat(result.diagnostics()).isEmpty();
            assertThat(result.project().models()).hasSize(MODELS);
            best = Math.min(best, elapsed);
        }
        return best;
    }

    @Test
    void tenThousandModelsInOneFileLoadInWellUnderASecond() {
        long millis = timeMillis(project(1));

        System.out.println("10,000 models in one file: " + millis + " ms");
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void tenThousandModelsInAHundredFilesLoadInWellUnderASecond() {
        long millis = timeMillis(project(100));

        System.out.println("10,000 models in 100 files: " + millis + " ms");
        assertThat(millis).isLessThan(1000);
    }

    @Test
    void manyDuplicatesAndLookupsStayLinear() {
        Map<String, String> files = project(10);
        files.put("models/zz_duplicates.yml", models(0, MODELS));
        ProjectLoader loader = new ProjectLoader();
        ProjectFiles projectFiles = ProjectFiles.ofText(files);
        LoadResult result = null;
        long millis = Long.MAX_VALUE;
        for (int run = 0; run < 2; run++) {
            long start = THREADS.getCurrentThreadCpuTime();
            result = loader.load(projectFiles, null, Map.of());
            millis = Math.min(millis, (THREADS.getCurrentThreadCpuTime() - start) / 1_000_000);
        }

        assertThat(result.diagnostics()).hasSize(MODELS).allSatisfy(d -> assertThat(d.code())
                .isEqualTo("DUPLICATE_MODEL"));
        ProjectDefinition project = result.project();
        for (int i = 0; i < MODELS; i++) {
            assertThat(project.model("model_" + i)).isPresent();
        }
        System.out.println("20,000 models with 10,000 duplicates: " + millis + " ms");
        assertThat(millis).isLessThan(2000);
    }
}
