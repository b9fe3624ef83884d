package dev.streamt.compiler.bench;

import dev.streamt.compiler.core.CompileOutcome;
import dev.streamt.compiler.core.CompileRequest;
import dev.streamt.compiler.core.ForeignManifests;
import dev.streamt.compiler.core.ProjectCompiler;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The compiler's benchmark harness (not a test): compiles generated projects of N models in four shapes on a warm JVM
 * and prints the median compile time and the peak heap of each. Run it with
 * {@code ./mvnw -B -pl compiler-service -Pbenchmark verify} (sizes: {@code -Dbench.sizes=1000,10000}).
 */
public final class CompileBenchmark {

    private static final int RUNS = 3;

    private CompileBenchmark() {
    }

    public static void main(String[] args) {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,10000").split(","))
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
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
