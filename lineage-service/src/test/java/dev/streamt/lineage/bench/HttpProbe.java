package dev.streamt.lineage.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP/1.1 client of the benchmarked service, one request at a time. */
final class HttpProbe {

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    HttpProbe(String base) {
        this.base = base;
    }

    String get(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    void awaitReady() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                get("/q/health/ready");
                return;
            } catch (Exception e) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the service did not become ready (see target/benchmark/service.log)");
    }

    void awaitProjects(int projects) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (System.nanoTime() < deadline) {
            String body = get("/api/v1/projects");
            int known = body.split("\"project\":", -1).length - 1;
            if (known >= projects) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the service did not load all " + projects + " projects in time");
    }
}
