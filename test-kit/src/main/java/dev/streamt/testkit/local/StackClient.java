package dev.streamt.testkit.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The small helpers {@code deploy/local/stack demo} needs besides curl, so that the script parses no JSON itself and
 * needs no jq. Reads JSON from standard input unless told otherwise; prints plain text.
 *
 * <ul>
 *   <li>{@code get <a.b.c>} — the text of one field (nothing and exit 1 if missing);</li>
 *   <li>{@code diagnostics} — a compile/validate answer's errors and warnings, one a line with file:line:column and hint;</li>
 *   <li>{@code problem} — an RFC 9457 problem's status, title and detail (or the body as it is);</li>
 *   <li>{@code manifest-summary} — what a compile answer's manifest holds;</li>
 *   <li>{@code changeset-summary} — a change set's counts and changes;</li>
 *   <li>{@code watch-deployment <url> <timeout-seconds>} — polls a deployment and prints each step when its status
 *       changes; exit 0 succeeded, 1 failed or rejected, 3 timed out;</li>
 *   <li>{@code topics <bootstrap-servers> <manifest-file>} — the manifest's topics as they exist in Kafka.</li>
 * </ul>
 */
public final class StackClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StackClient() {
    }

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        int exit = switch (command) {
            case "get" -> get(readStdin(), args[1]);
            case "diagnostics" -> diagnostics(readStdin());
            case "problem" -> problem(readRawStdin());
            case "manifest-summary" -> manifestSummary(readStdin());
            case "changeset-summary" -> changeSetSummary(readStdin());
            case "watch-deployment" -> watchDeployment(args[1], Integer.parseInt(args[2]));
            case "topics" -> topics(args[1], JSON.readTree(Files.readAllBytes(Path.of(args[2]))));
            default -> {
                System.err.println("Usage: StackClient get <path> | diagnostics | problem | manifest-summary"
                        + " | changeset-summary | watch-deployment <url> <timeout-s> | topics <bootstrap> <manifest-file>");
                yield 2;
            }
        };
        System.out.flush();
        System.exit(exit);
    }

    private static String readRawStdin() throws IOException {
        try (InputStream in = System.in) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static JsonNode readStdin() throws IOException {
        String raw = readRawStdin();
        return raw.isBlank() ? JSON.missingNode() : JSON.readTree(raw);
    }

    private static JsonNode at(JsonNode node, String dottedPath) {
        JsonNode current = node;
        for (String part : dottedPath.split("\\.")) {
            current = part.matches("\\d+") && current.isArray() ? current.path(Integer.parseInt(part)) : current.path(part);
        }
        return current;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "" : value.asText();
    }

    static int get(JsonNode root, String path) {
        JsonNode value = at(root, path);
        if (value.isMissingNode() || value.isNull()) {
            return 1;
        }
        System.out.println(value.isValueNode() ? value.asText() : value.toString());
        return 0;
    }

    static int diagnostics(JsonNode root) {
        JsonNode diagnostics = root.has("diagnostics") ? root.path("diagnostics") : root;
        JsonNode errors = diagnostics.path("errors");
        JsonNode warnings = diagnostics.path("warnings");
        System.out.printf("  %d error(s), %d warning(s)%n", errors.size(), warnings.size());
        errors.forEach(d -> printDiagnostic("ERROR", d));
        warnings.forEach(d -> printDiagnostic("WARN ", d));
        return 0;
    }

    private static void printDiagnostic(String level, JsonNode d) {
        StringBuilder where = new StringBuilder(text(d, "file").isEmpty() ? "(project)" : text(d, "file"));
        if (!text(d, "line").isEmpty()) {
            where.append(':').append(text(d, "line"));
            if (!text(d, "column").isEmpty()) {
                where.append(':').append(text(d, "column"));
            }
        }
        System.out.printf("  %s %s [%s] %s%n", level, where, text(d, "code"), text(d, "message"));
        if (!text(d, "path").isEmpty()) {
            System.out.printf("        at %s%n", text(d, "path"));
        }
        if (!text(d, "hint").isEmpty()) {
            System.out.printf("        hint: %s%n", text(d, "hint"));
        }
    }

    static int problem(String raw) {
        try {
            JsonNode problem = JSON.readTree(raw);
            if (problem != null && problem.isObject() && (problem.has("title") || problem.has("detail"))) {
                System.out.printf("%s %s: %s%n", text(problem, "status"), text(problem, "title"), text(problem, "detail"));
                return 0;
            }
            if (problem != null && problem.isObject() && problem.has("errors")) {
                return diagnostics(problem);
            }
        } catch (IOException notJson) {
            // printed as it is below
        }
        String body = raw.strip();
        System.out.println(body.isEmpty() ? "(empty response body)" : body.length() > 2000 ? body.substring(0, 2000) + " ..." : body);
        return 0;
    }

    static int manifestSummary(JsonNode root) {
        JsonNode manifest = root.has("manifest") ? root.path("manifest") : root;
        JsonNode artifacts = manifest.path("artifacts");
        System.out.printf("  manifest %s%n", text(manifest, "id"));
        System.out.printf("  project %s %s, environment %s%n", text(manifest.path("project"), "name"),
                text(manifest.path("project"), "version"), text(manifest, "environment").isEmpty() ? "(default)" : text(manifest, "environment"));
        System.out.printf("  %d source(s), %d model(s), %d test(s), %d exposure(s)%n", manifest.path("sources").size(),
                manifest.path("models").size(), manifest.path("tests").size(), manifest.path("exposures").size());
        System.out.printf("  artifacts: %d topic(s), %d Flink job(s), %d connector(s), %d gateway rule(s), %d schema(s)%n",
                artifacts.path("topics").size(), artifacts.path("flink_jobs").size(), artifacts.path("connectors").size(),
                artifacts.path("gateway_rules").size(), artifacts.path("schemas").size());
        return 0;
    }

    static int changeSetSummary(JsonNode changeSet) {
        JsonNode summary = changeSet.path("summary");
        System.out.printf("  change set %s: %s to create, %s to update, %s to replace, %s to delete, %s unchanged, %s blocked%n",
                text(changeSet, "id"), text(summary, "create"), text(summary, "update"), text(summary, "replace"),
                text(summary, "delete"), text(summary, "unchanged"), text(summary, "blocked"));
        long destructive = 0;
        for (JsonNode change : changeSet.path("changes")) {
            if (change.path("destructive").asBoolean(false)) {
                destructive++;
            }
        }
        if (destructive > 0) {
            System.out.printf("  %d destructive change(s): applying needs approve_destructive=true%n", destructive);
        }
        return 0;
    }

    static int watchDeployment(String url, int timeoutSeconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        Map<String, String> seen = new HashMap<>();
        String lastStatus = "";
        String lastProblem = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10)).header("Accept", "application/json").GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    String problem = "HTTP " + response.statusCode() + " " + response.body();
                    if (!problem.equals(lastProblem)) {
                        System.out.println("  (GET " + url + " answered " + problem.strip() + "; retrying)");
                        lastProblem = problem;
                    }
                } else {
                    JsonNode deployment = JSON.readTree(response.body());
                    JsonNode steps = deployment.path("steps");
                    for (int i = 0; i < steps.size(); i++) {
                        JsonNode step = steps.get(i);
                        String key = text(step, "change_id").isEmpty() ? "#" + i : text(step, "change_id");
                        String status = text(step, "status");
                        if (!status.equals(seen.put(key, status))) {
                            System.out.printf("  step %2d/%d  %-10s %-8s %-13s %s%s%n", i + 1, steps.size(), status,
                                    text(step, "action"), text(step, "target"), text(step, "name"),
                                    text(step, "error").isEmpty() ? "" : "\n             error: " + text(step, "error"));
                        }
                    }
                    String status = text(deployment, "status");
                    if (!status.equals(lastStatus)) {
                        System.out.println("  deployment " + text(deployment, "id") + ": " + status);
                        lastStatus = status;
                    }
                    switch (status) {
                        case "succeeded":
                            return 0;
                        case "failed":
                        case "rejected":
                            if (deployment.has("reason") || deployment.has("error")) {
                                System.out.println("  reason: " + (deployment.has("reason") ? text(deployment, "reason") : text(deployment, "error")));
                            }
                            return 1;
                        default:
                            break;
                    }
                }
            } catch (IOException e) {
                System.out.println("  (GET " + url + " failed: " + e.getMessage() + "; retrying)");
            }
            Thread.sleep(1000);
        }
        System.out.println("  gave up after " + timeoutSeconds + "s; last status: " + (lastStatus.isEmpty() ? "unknown" : lastStatus));
        return 3;
    }

    static int topics(String bootstrapServers, JsonNode root) throws InterruptedException {
        JsonNode manifest = root.has("manifest") ? root.path("manifest") : root;
        Map<String, String> wanted = new LinkedHashMap<>();
        for (JsonNode source : manifest.path("sources")) {
            if (!text(source, "topic").isEmpty()) {
                wanted.put(text(source, "topic"), "source " + text(source, "name"));
            }
        }
        Map<String, String> declaredPartitions = new HashMap<>();
        for (JsonNode topic : manifest.path("artifacts").path("topics")) {
            wanted.putIfAbsent(text(topic, "name"), text(topic, "owner_node"));
            declaredPartitions.put(text(topic, "name"), text(topic, "partitions"));
        }
        if (wanted.isEmpty()) {
            System.out.println("  the manifest declares no topics");
            return 0;
        }
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        List<String> lines = new ArrayList<>();
        int existing = 0;
        List<String> missingArtifacts = new ArrayList<>();
        try (Admin admin = Admin.create(config)) {
            var descriptions = admin.describeTopics(wanted.keySet()).topicNameValues();
            for (Map.Entry<String, String> topic : wanted.entrySet()) {
                String state;
                try {
                    TopicDescription description = descriptions.get(topic.getKey()).get(15, TimeUnit.SECONDS);
                    int replicas = description.partitions().isEmpty() ? 0 : description.partitions().get(0).replicas().size();
                    state = description.partitions().size() + " partition(s), replication " + replicas;
                    existing++;
                } catch (ExecutionException e) {
                    state = e.getCause() instanceof UnknownTopicOrPartitionException ? "not created" : "unknown: " + e.getCause().getMessage();
                } catch (java.util.concurrent.TimeoutException e) {
                    state = "unknown: Kafka did not answer";
                }
                if (!state.contains("partition(s)") && declaredPartitions.containsKey(topic.getKey())) {
                    missingArtifacts.add(topic.getKey());
                }
                String declared = declaredPartitions.getOrDefault(topic.getKey(), "");
                lines.add(String.format("  %-40s %-32s %s%s", topic.getKey(), state, topic.getValue(),
                        declared.isEmpty() ? "" : " (declares " + declared + ")"));
            }
        }
        System.out.printf("  %d of the project's %d topic(s) exist in Kafka (%s):%n", existing, wanted.size(), bootstrapServers);
        lines.forEach(System.out::println);
        if (!missingArtifacts.isEmpty()) {
            // Sources are other teams' topics and may be absent; a topic the project's models write must exist.
            System.out.printf("  missing: %s (declared by the project's models)%n", String.join(", ", missingArtifacts));
            return 3;
        }
        return 0;
    }
}
