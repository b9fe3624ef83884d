package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.project.ConnectorSettings;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.runtime.ConnectRuntime;
import dev.streamt.compiler.core.project.runtime.SchemaRegistry;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.ConnectorArtifact;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.NodeId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Kafka Connect connector of each {@code sink} model: named after the model; the connector class (a short type
 * mapped to its well-known class, a class name as written); the topics of its {@code from} inputs; the Connect cluster
 * ({@code runtime.connect.default}, or the only cluster); and the config: {@code name}, {@code connector.class},
 * {@code tasks.max} ({@code tasks_max}, else 1), {@code topics} (comma-joined), converters matching how the topics are
 * encoded unless the user's config names its own ({@code key.converter} StringConverter; {@code value.converter}
 * JsonConverter without schemas for JSON topics, AvroConverter with the registry for Avro ones), the user's config
 * (which wins, but for name, class and topics), and masking as transforms ({@link ConnectMasking}). A type that is
 * neither known nor a class name is INVALID_VALUE. Stateless and thread-safe.
 */
final class ConnectorArtifacts {

    /** The short connector types and their classes. */
    static final Map<String, String> CLASSES = Map.of(
            "snowflake-sink", "com.snowflake.kafka.connector.SnowflakeSinkConnector",
            "bigquery-sink", "com.wepay.kafka.connect.bigquery.BigQuerySinkConnector",
            "s3-sink", "io.confluent.connect.s3.S3SinkConnector",
            "jdbc-sink", "io.confluent.connect.jdbc.JdbcSinkConnector",
            "elasticsearch-sink", "io.confluent.connect.elasticsearch.ElasticsearchSinkConnector",
            "file-sink", "org.apache.kafka.connect.file.FileStreamSinkConnector");

    private ConnectorArtifacts() {
    }

    /** The class of a connector type: a known short type's class, a class name as written, else null. */
    static String connectorClass(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String known = CLASSES.get(type.trim());
        if (known != null) {
            return known;
        }
        return type.indexOf('.') > 0 && !type.contains(" ") ? type.trim() : null;
    }

    /** The connectors, in dependency order. */
    static List<ConnectorArtifact> generate(ProjectDefinition project, TableCatalog catalog, Findings findings) {
        List<ConnectorArtifact> connectors = new ArrayList<>();
        for (ModelOutput output : catalog.outputs()) {
            if (output.plan().materialized() != Materialization.SINK) {
                continue;
            }
            ModelDefinition model = output.plan().definition();
            ConnectorSettings settings = model.connector();
            if (settings == null) {
                continue;
            }
            String connectorClass = connectorClass(settings.type());
            if (connectorClass == null) {
                findings.add(model.spanOf("advanced.connector.type").diagnostic(DiagnosticCode.INVALID_VALUE,
                        "Model '" + model.name() + "' has connector type '" + settings.type()
                                + "', which is neither a known type nor a connector class.",
                        "Use one of " + new TreeMap<>(CLASSES).keySet() + ", or a connector class name."));
                continue;
            }
            connectors.add(connector(project, output, settings, connectorClass));
        }
        return connectors;
    }

    private static ConnectorArtifact connector(ProjectDefinition project, ModelOutput output,
            ConnectorSettings settings, String connectorClass) {
        List<String> topics = new ArrayList<>();
        boolean avro = !output.inputs().isEmpty();
        for (ModelInputs.Input input : output.inputs()) {
            if (!topics.contains(input.table().topic())) {
                topics.add(input.table().topic());
            }
            avro &= input.table().format().kind() == TableFormat.Kind.AVRO_CONFLUENT;
        }
        Map<String, String> config = new LinkedHashMap<>();
        config.put("tasks.max", Integer.toString(settings.tasksMax() == null ? 1 : Math.max(1, settings.tasksMax())));
        if (!settings.config().containsKey("key.converter")) {
            config.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        }
        if (!settings.config().containsKey("value.converter")) {
            config.putAll(valueConverter(avro ? project.runtime().schemaRegistry() : null, avro));
        }
        config.putAll(settings.config());
        config.put("name", output.name());
        config.put("connector.class", connectorClass);
        config.put("topics", String.join(",", topics));
        ConnectMasking.apply(output.plan(), config);
        return new ConnectorArtifact(output.name(), connectorClass, topics, cluster(project.runtime().connect()),
                config, NodeId.model(output.name()));
    }

    private static Map<String, String> valueConverter(SchemaRegistry registry, boolean avro) {
        Map<String, String> config = new LinkedHashMap<>();
        if (avro && registry != null) {
            config.put("value.converter", "io.confluent.connect.avro.AvroConverter");
            config.put("value.converter.schema.registry.url", registry.url());
            if (registry.username() != null && registry.password() != null) {
                config.put("value.converter.basic.auth.credentials.source", "USER_INFO");
                config.put("value.converter.basic.auth.user.info", registry.username() + ":" + registry.password());
            }
        } else if (!avro) {
            config.put("value.converter", "org.apache.kafka.connect.json.JsonConverter");
            config.put("value.converter.schemas.enable", "false");
        }
        return config;
    }

    /** The Connect cluster: {@code runtime.connect.default}, else the only cluster, else null. */
    static String cluster(ConnectRuntime connect) {
        if (connect == null) {
            return null;
        }
        if (connect.defaultCluster() != null) {
            return connect.defaultCluster();
        }
        return connect.effectiveDefault().map(c -> c.name()).orElse(null);
    }
}
