package dev.streamt.compiler.bench;

import dev.streamt.compiler.core.CompileOutcome;
import dev.streamt.compiler.core.CompileRequest;
import dev.streamt.compiler.core.ForeignManifests;
import dev.streamt.compiler.core.ProjectCompiler;
import dev.streamt.contracts.json.StreamtJson;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compiler's benchmark harness (not a test): compiles generated projects of N models in four shapes on a warm JVM
 * and prints the median compile time and the peak heap of each. Run it with
 * {@code ./mvnw -B -pl compiler-service -Pbenchmark verify} (sizes: {@code -Dbench.sizes=1000,10000}).
 */
public final class CompileBenchmark {

    private static final int RUNS = 3;

    private CompileBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,10000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        String url = System.getProperty("bench.url", "");
        if (!url.isBlank()) {
            overHttp(url, sizes);
            return;
        }
        ProjectCompiler compiler = new ProjectCompiler();
        warmUp(compiler);
        System.out.printf("%-12s %8s %12s %14s %8s%n", "shape", "models", "median ms", "peak heap MiB", "valid");
        for (ProjectShapes shape : ProjectShapes.values()) {
            for (int n : sizes) {
                Map<String, byte[]> files = shape.project(n);
                List<Long> times = new ArrayList<>();
                long peak = 0;
                boolean valid = true;
                for (int run = 0; run < RUNS; run++) {
                    resetPeaks();
                    long start = System.nanoTime();
                    CompileOutcome outcome = compiler.compile(new CompileRequest(files, null, Map.of()),
                            ForeignManifests.NONE, Instant.now());
                    times.add((System.nanoTime() - start) / 1_000_000);
                    peak = Math.max(peak, peakHeapBytes());
                    valid &= outcome.valid();
                    if (!outcome.valid()) {
                        System.out.println(outcome.diagnostics().errors().get(0));
                    }
                }
                times.sort(Long::compare);
                System.out.printf("%-12s %8d %12d %14d %8s%n", shape.name().toLowerCase(), n, times.get(RUNS / 2),
                        peak >> 20, valid);
            }
        }
    }

    /**
     * The same shapes through a running compiler's {@code POST /api/v1/compile} (the local stack:
     * {@code -Dbench.url=http://localhost:8081}): status, median wall time of three compiles as a client sees it
     * (upload, compile, storing the manifest and its event), and the size of the answer.
     */
    private static void overHttp(String url, int[] sizes) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        System.out.printf("%-12s %8s %8s %12s %14s%n", "shape", "models", "status", "median ms", "manifest MiB");
        for (ProjectShapes shape : ProjectShapes.values()) {
            for (int n : sizes) {
                Map<String, String> files = new TreeMap<>();
                shape.project(n).forEach((path, bytes) -> files.put(path, new String(bytes, StandardCharsets.UTF_8)));
                byte[] body = StreamtJson.toBytes(Map.of("files", files));
                List<Long> times = new ArrayList<>();
                int status = 0;
                long manifestBytes = 0;
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/compile"))
                            .timeout(Duration.ofMinutes(5)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    times.add((System.nanoTime() - start) / 1_000_000);
                    status = response.statusCode();
                    manifestBytes = response.body().length;
                    if (status != 201) {
                        System.out.println(new String(response.body(), StandardCharsets.UTF_8)
                                .substring(0, Math.min(500, response.body().length)));
                        break;
                    }
                }
                times.sort(Long::compare);
                System.out.printf("%-12s %8d %8d %12d %14.1f%n", shape.name().toLowerCase(), n, status,
                        times.get(times.size() / 2), manifestBytes / 1048576.0);
            }
        }
    }

    private static void warmUp(ProjectCompiler compiler) {
        for (int i = 0; i < 5; i++) {
            for (ProjectShapes shape : ProjectShapes.values()) {
                compiler.compile(new CompileRequest(shape.project(500), null, Map.of()), ForeignManifests.NONE,
                        Instant.now());
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since the last reset: an upper bound of the live heap the compile needed. */
    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
