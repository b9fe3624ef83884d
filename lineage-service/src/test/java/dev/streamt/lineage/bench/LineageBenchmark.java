package dev.streamt.lineage.bench;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.ManifestCompiled;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.testkit.EmbeddedPostgresDatabase;
import dev.streamt.testkit.InJvmKafkaBroker;
import dev.streamt.testkit.KafkaBroker;
import dev.streamt.testkit.service.ServiceProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The lineage benchmark (not a test): starts a real Kafka broker and PostgreSQL, runs the packaged service as its own
 * process, publishes {@code benchmark.nodes} nodes of generated projects as ManifestCompiled events, waits until the
 * service answers for all of them, then measures upstream, downstream and impact queries over HTTP and the heap the
 * graph takes. Run it with {@code ./mvnw -B -pl lineage-service -Pbenchmark verify} (see README.md).
 */
public final class LineageBenchmark {

    private static final String ENVIRONMENT = "prod";
    private static final int WARMUP_ROUNDS = 3;
    private static final int MEASURED = 2000;

    private LineageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int nodes = Integer.getInteger("benchmark.nodes", 100_000);
        Path module = Path.of("").toAbsolutePath();
        int projects = Math.max(1, nodes / GraphGenerator.NODES_PER_PROJECT);
        try (EmbeddedPostgresDatabase postgres = EmbeddedPostgresDatabase.start();
                KafkaBroker kafka = InJvmKafkaBroker.start()) {
            for (String topic : List.of("streamt.manifest.events", "streamt.deployment.events", "streamt.test.events")) {
                kafka.createTopic(topic, 6);
            }
            try (ServiceProcess service = ServiceProcess.start(module, kafka.bootstrapServers(), postgres,
                    Map.of("quarkus.log.level", "WARN"), Map.of(), List.of("-Xmx2g", "-XX:+UseG1GC"))) {
                HttpProbe http = new HttpProbe(service.baseUrl());
                http.awaitReady();
                long heapBefore = heapAfterGc(service, http);
                long start = System.nanoTime();
                publish(kafka.bootstrapServers(), projects);
                http.awaitProjects(projects);
                double loadSeconds = (System.nanoTime() - start) / 1e9;
                long heapAfter = heapAfterGc(service, http);
                Random random = new Random(42);
                List<String> paths = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    int k = random.nextInt(projects);
                    String model = GraphGenerator.model(random.nextInt(10), random.nextInt(9), random.nextInt(10));
                    paths.add("/api/v1/projects/" + GraphGenerator.project(k) + "/%s?env=" + ENVIRONMENT + "&node=model."
                            + model + "#" + model);
                }
                System.out.printf("%nlineage benchmark: %d nodes in %d projects (environment %s)%n", projects
                        * GraphGenerator.NODES_PER_PROJECT, projects, ENVIRONMENT);
                System.out.printf("load: %.1f s from the first event to all projects queryable%n", loadSeconds);
                System.out.printf("heap used after GC: %.0f MiB before loading, %.0f MiB after (graph: %.0f MiB)%n",
                        heapBefore / 1048576.0, heapAfter / 1048576.0, (heapAfter - heapBefore) / 1048576.0);
                Map<String, java.util.function.Function<String, String>> queries = new java.util.LinkedHashMap<>();
                queries.put("upstream (no depth limit)", p -> lineage(p, "upstream"));
                queries.put("downstream (no depth limit)", p -> lineage(p, "downstream"));
                queries.put("impact", LineageBenchmark::impact);
                queries.put("both, depth 2", p -> lineage(p, "both") + "&depth=2");
                // Warm every code path the same way first, so the first query measured pays no JIT the others don't.
                for (int round = 0; round < WARMUP_ROUNDS; round++) {
                    for (String template : paths) {
                        for (var query : queries.values()) {
                            http.get(query.apply(template));
                        }
                    }
                }
                System.out.printf("load average before measuring: %s%n", loadAverage());
                System.out.printf("%-34s %8s %8s %8s %10s%n", "query (" + MEASURED + " requests, JSON)", "p50 ms",
                        "p99 ms", "max ms", "avg nodes");
                for (var query : queries.entrySet()) {
                    report(http, query.getKey(), paths, query.getValue());
                }
                System.out.printf("load average after measuring: %s%n", loadAverage());
            }
        }
        CoreTimings.run(projects, ENVIRONMENT);
    }

    /** Heap in use right after a full GC (jcmd GC.run), read from the service's own /q/metrics. */
    private static long heapAfterGc(ServiceProcess service, HttpProbe http) throws Exception {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        for (int i = 0; i < 2; i++) {
            new ProcessBuilder(jcmd.toString(), Long.toString(service.pid()), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
        }
        long used = 0;
        for (String line : http.get("/q/metrics").split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                used += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return used;
    }

    private static String lineage(String template, String direction) {
        String path = template.substring(0, template.indexOf('#'));
        return String.format(path, "lineage") + "&direction=" + direction;
    }

    private static String impact(String template) {
        String model = template.substring(template.indexOf('#') + 1);
        String path = template.substring(0, template.indexOf('?'));
        return String.format(path, "impact/model." + model) + "?env=" + ENVIRONMENT;
    }

    private static void report(HttpProbe http, String name, List<String> templates,
            java.util.function.Function<String, String> path) throws Exception {
        long[] nanos = new long[MEASURED];
        long nodes = 0;
        for (int i = 0; i < MEASURED; i++) {
            long t0 = System.nanoTime();
            String body = http.get(path.apply(templates.get(i % templates.size())));
            nanos[i] = System.nanoTime() - t0;
            nodes += count(body, "\"id\":");
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("%-34s %8.2f %8.2f %8.2f %10.1f%n", name, nanos[MEASURED / 2] / 1e6,
                nanos[(int) (MEASURED * 0.99)] / 1e6, nanos[MEASURED - 1] / 1e6, nodes / (double) MEASURED);
    }

    /** The machine's load average (the benchmark shares two cores with whatever else runs). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static void publish(String bootstrapServers, int projects) throws Exception {
        Instant compiledAt = Instant.parse("2026-11-21T00:00:00Z");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd",
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024))) {
            for (int k = 0; k < projects; k++) {
                Manifest manifest = GraphGenerator.project(k, ENVIRONMENT, compiledAt);
                CloudEvent<ManifestCompiled> event = CloudEvent.initial(EventType.MANIFEST_COMPILED,
                        "/streamt/compiler-service", Subject.of(manifest.projectName(), ENVIRONMENT),
                        new ManifestCompiled(manifest, null));
                producer.send(new ProducerRecord<>(event.topic().topicName(), event.key(), StreamtJson.writeEvent(event)));
            }
            producer.flush();
        }
    }
}
