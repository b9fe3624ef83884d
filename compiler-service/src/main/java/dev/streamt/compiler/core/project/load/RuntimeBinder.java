package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.Positions;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.runtime.ConduktorRuntime;
import dev.streamt.compiler.core.project.runtime.ConnectCluster;
import dev.streamt.compiler.core.project.runtime.ConnectRuntime;
import dev.streamt.compiler.core.project.runtime.ConsoleConfig;
import dev.streamt.compiler.core.project.runtime.FlinkCluster;
import dev.streamt.compiler.core.project.runtime.FlinkClusterType;
import dev.streamt.compiler.core.project.runtime.FlinkRuntime;
import dev.streamt.compiler.core.project.runtime.GatewayConfig;
import dev.streamt.compiler.core.project.runtime.KafkaRuntime;
import dev.streamt.compiler.core.project.runtime.RuntimeConfig;
import dev.streamt.compiler.core.project.runtime.SchemaRegistry;
import dev.streamt.runtime.text.DidYouMean;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code runtime} block (already merged with the environment's). */
final class RuntimeBinder {

    static final Keys RUNTIME = Keys.of("kafka", "schema_registry", "flink", "connect", "conduktor");
    static final Keys KAFKA = Keys.of("bootstrap_servers", "bootstrap_servers_internal", "security_protocol",
            "sasl_mechanism", "sasl_username", "sasl_password").orMatching("ssl_[a-z0-9_]+");
    static final Keys SCHEMA_REGISTRY = Keys.of("url", "username", "password");
    static final Keys CLUSTERS = Keys.of("default", "clusters");
    static final Keys FLINK_CLUSTER = Keys.of("type", "rest_url", "sql_gateway_url", "version", "environment",
            "api_key");
    static final Keys CONNECT_CLUSTER = Keys.of("rest_url");
    static final Keys CONDUKTOR = Keys.of("gateway", "console");
    static final Keys GATEWAY = Keys.of("admin_url", "proxy_bootstrap", "username", "password", "virtual_cluster");
    static final Keys CONSOLE = Keys.of("url", "api_key");

    private static final List<String> SECURITY_PROTOCOLS = List.of("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL");
    private static final List<String> SASL_MECHANISMS = List.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512",
            "OAUTHBEARER", "GSSAPI");

    private RuntimeBinder() {
    }

    /** The runtime; {@code runtime.kafka.bootstrap_servers} is reported missing when {@code requireKafka}. */
    static RuntimeConfig bind(BindContext ctx, Node node, Span fallback, boolean requireKafka, String hintFile) {
        Span root = node == null ? fallback.withPath("runtime") : YamlReader.spanOf(node, "runtime");
        Positions.Builder positions = Positions.builder(root);
        Fields runtime = Fields.read(ctx, node, "runtime", "", positions, RUNTIME);
        KafkaRuntime kafka = kafka(ctx, runtime, requireKafka, hintFile);
        Fields registry = runtime.map("schema_registry", SCHEMA_REGISTRY);
        SchemaRegistry schemaRegistry = null;
        if (registry != null && registry.require("url", null)) {
            String url = nonEmpty(registry, "url");
            schemaRegistry = url == null ? null
                    : new SchemaRegistry(url, registry.string("username"), registry.string("password"));
        }
        return new RuntimeConfig(kafka, schemaRegistry, flink(ctx, runtime), connect(ctx, runtime),
                conduktor(runtime), positions.build());
    }

    private static KafkaRuntime kafka(BindContext ctx, Fields runtime, boolean requireKafka, String hintFile) {
        Fields kafka = runtime.map("kafka", KAFKA);
        if (kafka == null) {
            if (requireKafka) {
                ctx.problems.invalid(runtime.span().withPath("runtime.kafka.bootstrap_servers"),
                        "'runtime.kafka.bootstrap_servers' is required", "Add runtime: kafka: bootstrap_servers: "
                        + "<host:port> to " + hintFile + ".");
            }
            return null;
        }
        if (requireKafka) {
            kafka.require("bootstrap_servers", "the Kafka cluster every client connects to");
        }
        String bootstrap = nonEmpty(kafka, "bootstrap_servers");
        Map<String, String> ssl = new TreeMap<>();
        for (String key : kafka.keys()) {
            if (key.startsWith("ssl_")) {
                String value = kafka.string(key);
                if (value != null) {
                    ssl.put(key, value);
                }
            }
        }
        String internal = nonEmpty(kafka, "bootstrap_servers_internal");
        String protocol = Values.choice(ctx, kafka.value("security_protocol"), kafka.pathOf("security_protocol"),
                SECURITY_PROTOCOLS, true, true);
        String mechanism = Values.choice(ctx, kafka.value("sasl_mechanism"), kafka.pathOf("sasl_mechanism"),
                SASL_MECHANISMS, true, true);
        String username = kafka.string("sasl_username");
        String password = kafka.string("sasl_password");
        return bootstrap == null ? null
                : new KafkaRuntime(bootstrap, internal, protocol, mechanism, username, password, ssl);
    }

    private static FlinkRuntime flink(BindContext ctx, Fields runtime) {
        Fields flink = runtime.map("flink", CLUSTERS);
        if (flink == null) {
            return null;
        }
        Map<String, FlinkCluster> clusters = new LinkedHashMap<>();
        for (YamlEntry entry : flink.entries("clusters")) {
            Fields cluster = entry.read(ctx, flink.positions, FLINK_CLUSTER);
            String type = cluster.choice("type", List.of("rest", "confluent"));
            clusters.put(entry.name(), new FlinkCluster(entry.name(),
                    "confluent".equals(type) ? FlinkClusterType.CONFLUENT : FlinkClusterType.REST,
                    cluster.string("rest_url"), cluster.string("sql_gateway_url"), cluster.string("version"),
                    cluster.string("environment"), cluster.string("api_key"), entry.span()));
        }
        return new FlinkRuntime(defaultCluster(ctx, flink, clusters.keySet()), clusters);
    }

    private static ConnectRuntime connect(BindContext ctx, Fields runtime) {
        Fields connect = runtime.map("connect", CLUSTERS);
        if (connect == null) {
            return null;
        }
        Map<String, ConnectCluster> clusters = new LinkedHashMap<>();
        for (YamlEntry entry : connect.entries("clusters")) {
            Fields cluster = entry.read(ctx, connect.positions, CONNECT_CLUSTER);
            clusters.put(entry.name(), new ConnectCluster(entry.name(), cluster.string("rest_url"), entry.span()));
        }
        return new ConnectRuntime(defaultCluster(ctx, connect, clusters.keySet()), clusters);
    }

    private static String defaultCluster(BindContext ctx, Fields block, java.util.Set<String> clusters) {
        String name = block.string("default");
        if (name != null && !clusters.contains(name)) {
            String hint = DidYouMean.hint(name, clusters);
            ctx.problems.invalid(block.valueSpan("default"), "'" + block.pathOf("default") + "' names cluster '"
                    + name + "', which is not declared under '" + block.pathOf("clusters") + "'",
                    hint != null ? hint : clusters.isEmpty() ? "Declare it under clusters."
                            : "Declared clusters: " + String.join(", ", clusters) + ".");
            return null;
        }
        return name;
    }

    private static ConduktorRuntime conduktor(Fields runtime) {
        Fields conduktor = runtime.map("conduktor", CONDUKTOR);
        if (conduktor == null) {
            return null;
        }
        Fields gateway = conduktor.map("gateway", GATEWAY);
        Fields console = conduktor.map("console", CONSOLE);
        return new ConduktorRuntime(
                gateway == null ? null : new GatewayConfig(gateway.string("admin_url"),
                        gateway.string("proxy_bootstrap"), gateway.string("username"), gateway.string("password"),
                        gateway.string("virtual_cluster")),
                console == null ? null : new ConsoleConfig(console.string("url"), console.string("api_key")));
    }

    /** A string that must not be empty when written; null (after reporting) when it is. */
    static String nonEmpty(Fields fields, String key) {
        String value = fields.string(key);
        if (value != null && value.isBlank()) {
            fields.ctx.problems.invalid(fields.valueSpan(key), "'" + fields.pathOf(key) + "' must not be empty",
                    null);
            return null;
        }
        return value;
    }
}
