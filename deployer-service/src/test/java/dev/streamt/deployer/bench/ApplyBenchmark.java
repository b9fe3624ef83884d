package dev.streamt.deployer.bench;

import dev.streamt.contracts.changeset.Change;
import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.manifest.EnvironmentSafety;
import dev.streamt.deployer.it.Plans;
import dev.streamt.deployer.it.Platform;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Apply time of N new topics (default 1,000) by the packaged deployer against a local broker, from the POST to the
 * deployment's {@code succeeded}. Run with {@code ./mvnw -B -o -pl deployer-service -Pbenchmark verify}; sizes with
 * {@code -Dbench.sizes=1000,5000}.
 */
public final class ApplyBenchmark {

    private ApplyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String[] sizes = System.getProperty("bench.sizes", "1000").split(",");
        try (Platform platform = Platform.start(Map.of(), Map.of())) {
            int round = 0;
            for (String size : sizes) {
                int topics = Integer.parseInt(size.trim());
                List<Change> changes = new ArrayList<>();
                for (int i = 0; i < topics; i++) {
                    changes.add(Plans.create(String.format("bench%d.t%05d", round, i), 3,
                            Map.of("retention.ms", "86400000")));
                }
                ChangeSet changeSet = Plans.changeSet("bench" + round++, platform.broker.bootstrapServers(),
                        EnvironmentSafety.UNPROTECTED, changes);
                platform.plan(changeSet);
                long start = System.nanoTime();
                HttpResponse<String> accepted = platform.post("/api/v1/deployments",
                        "{\"changeset_id\":\"" + changeSet.id() + "\"}");
                if (accepted.statusCode() != 202) {
                    throw new IllegalStateException("apply refused: " + accepted.body());
                }
                String id = accepted.body().replaceAll(".*\"deployment_id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                String status = "";
                while (!status.contains("\"status\":\"succeeded\"") && !status.contains("\"status\":\"failed\"")) {
                    Thread.sleep(50);
                    status = platform.get("/api/v1/deployments/" + id).body();
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("apply of %d new topics (3 partitions, 1 config each): %d ms, %s%n", topics, millis,
                        status.contains("\"status\":\"succeeded\"") ? "succeeded" : "FAILED");
            }
        }
    }
}
