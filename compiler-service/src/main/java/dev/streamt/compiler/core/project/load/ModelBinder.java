package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.ConnectorSettings;
import dev.streamt.compiler.core.project.FlinkSettings;
import dev.streamt.compiler.core.project.GatewaySettings;
import dev.streamt.compiler.core.project.InputRef;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.Positions;
import dev.streamt.compiler.core.project.Span;
import dev.streamt.compiler.core.project.SqlText;
import dev.streamt.compiler.core.project.TopicSettings;
import dev.streamt.contracts.manifest.AccessLevel;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.ModelAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads one {@code models[]} item, normalising the shorthand and streamt CLI forms into one model. */
final class ModelBinder {

    static final Keys MODEL = Keys.of("name", "description", "owner", "tags", "group", "version", "key", "access",
            "sql", "from", "materialized", "columns", "security", "ml_outputs", "advanced", "topic", "flink",
            "connector", "sink", "gateway").misplaced(java.util.Map.of(
                    "partitions", "'partitions' belongs under topic: (or advanced.topic:).",
                    "replication_factor", "'replication_factor' belongs under topic: (or advanced.topic:).",
                    "parallelism", "'parallelism' belongs under flink: (or advanced.flink:).",
                    "state_ttl_ms", "'state_ttl_ms' belongs under flink: (or advanced.flink:).",
                    "checkpoint_interval_ms", "'checkpoint_interval_ms' belongs under flink: (or advanced.flink:).",
                    "state_backend", "'state_backend' belongs under flink: (or advanced.flink:).",
                    "virtual_topic", "'virtual_topic' belongs under gateway: (or advanced.gateway:).",
                    "masking", "'masking' belongs under security:.",
                    "policies", "'policies' belongs under security:."));
    static final Keys ADVANCED = Keys.of("topic", "flink", "connector", "gateway");
    static final Keys ACCESS = Keys.of("level", "allowed_groups");
    static final Keys INPUT = Keys.of("source", "ref");
    static final List<String> LEVELS = List.of("public", "protected", "private");
    static final List<String> MATERIALIZATIONS = List.of("topic", "virtual_topic", "flink", "sink");

    private ModelBinder() {
    }

    /** The model, or null when it has no usable name. */
    static ModelDefinition bind(BindContext ctx, YamlItem item) {
        if (!item.isMapping(ctx, "a mapping (a model)")) {
            return null;
        }
        Positions.Builder positions = Positions.builder(item.span());
        Fields model = Fields.read(ctx, item.node(), item.path(), "", positions, MODEL);
        String name = DefinitionNames.read(model, "model");
        Fields advanced = model.map("advanced", ADVANCED);
        TopicSettings topic = pick(model, advanced, "topic", SettingsBinder.TOPIC, SettingsBinder::topic);
        FlinkSettings flink = pick(model, advanced, "flink", SettingsBinder.FLINK, SettingsBinder::flink);
        ConnectorSettings connector = pick(model, advanced, "connector", SettingsBinder.CONNECTOR,
                SettingsBinder::connector);
        ConnectorSettings sink = SettingsBinder.sink(model.map("sink", SettingsBinder.SINK, "advanced.connector"));
        if (sink != null) {
            positions.put("advanced.connector", model.keySpan("sink"));
            positions.put("advanced.connector.type", model.keySpan("sink"));
            if (connector != null) {
                conflict(model, model.keySpan("sink"), "sink", model.written("connector") ? "connector"
                        : "advanced.connector");
            } else {
                connector = sink;
            }
        }
        GatewaySettings gateway = pick(model, advanced, "gateway", SettingsBinder.GATEWAY, SettingsBinder::gateway);
        String materialized = model.choice("materialized", MATERIALIZATIONS);
        ModelSecurityBinder.Security security = ModelSecurityBinder.security(model);
        ModelDefinition definition = name == null ? null : new ModelDefinition(name, model.string("description"),
                model.string("owner"), model.strings("tags"), RuntimeBinder.nonEmpty(model, "group"),
                model.string("version"), RuntimeBinder.nonEmpty(model, "key"), access(model), sql(model),
                from(model), materialized == null ? null : Materialization.fromWireValue(materialized),
                ColumnBinder.columns(model), security.masking(), security.policies(), security.classification(),
                ModelSecurityBinder.mlOutputs(model), topic, flink, connector, gateway, positions.build());
        return definition;
    }

    /** The settings under {@code advanced.<key>} or the shorthand {@code <key>}; both written is INVALID_VALUE. */
    private static <T> T pick(Fields model, Fields advanced, String key, Keys keys, Function<Fields, T> binder) {
        T shorthand = binder.apply(model.map(key, keys, "advanced." + key));
        T full = advanced == null ? null : binder.apply(advanced.map(key, keys));
        if (model.written(key)) {
            model.positions.put("advanced." + key, model.keySpan(key));
        }
        if (model.written(key) && advanced != null && advanced.written(key)) {
            conflict(model, model.keySpan(key), key, "advanced." + key);
        }
        return full != null ? full : shorthand;
    }

    private static void conflict(Fields model, Span at, String key, String other) {
        model.ctx.problems.invalid(at, "Both '" + model.pathOf(key) + "' and '" + model.path + "." + other
                + "' are set", "'" + key + "' is a shorthand of '" + other + "'; keep one of them.");
    }

    private static SqlText sql(Fields model) {
        Node node = model.value("sql");
        if (node == null || Scalars.isNull(node)) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar) || !Scalars.isString(scalar)) {
            return Values.wrongType(model.ctx, node, model.pathOf("sql"), "a string (Flink SQL with Jinja)",
                    "Write the SQL as a block: sql: |");
        }
        if (scalar.getValue().isBlank()) {
            model.ctx.problems.invalid(model.valueSpan("sql"), "'" + model.pathOf("sql") + "' is empty",
                    "Write the model's SELECT, or remove sql for a sink.");
            return null;
        }
        model.ctx.scanVariables(scalar.getValue());
        return ScalarMapper.sqlText(model.ctx, scalar, model.pathOf("sql"), model.keySpan("sql").column() - 1);
    }

    private static ModelAccess access(Fields model) {
        Node node = model.value("access");
        if (node == null || Scalars.isNull(node)) {
            return ModelAccess.PRIVATE;
        }
        if (node instanceof MappingNode) {
            Fields access = model.map("access", ACCESS);
            String level = access.choice("level", LEVELS);
            return new ModelAccess(level == null ? AccessLevel.PRIVATE : AccessLevel.fromWireValue(level),
                    access.strings("allowed_groups"));
        }
        String level = model.choice("access", LEVELS);
        return level == null ? ModelAccess.PRIVATE : ModelAccess.of(AccessLevel.fromWireValue(level));
    }

    private static List<InputRef> from(Fields model) {
        Node node = model.value("from");
        if (node == null || Scalars.isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode)) {
            String name = RuntimeBinder.nonEmpty(model, "from");
            return name == null ? List.of() : List.of(new InputRef(InputRef.Kind.ANY, name, model.valueSpan("from")));
        }
        List<InputRef> inputs = new ArrayList<>();
        for (YamlItem item : model.items("from")) {
            InputRef input = inputRef(model.ctx, item, model.positions, true);
            if (input != null) {
                inputs.add(input);
            }
        }
        return inputs;
    }

    /** A {@code {source: x}} or {@code {ref: y}} item (a bare name too when {@code bareNames}); null if invalid. */
    static InputRef inputRef(BindContext ctx, YamlItem item, Positions.Builder positions, boolean bareNames) {
        if (bareNames && item.node() instanceof ScalarNode && !Scalars.isNull(item.node())) {
            String name = Values.string(ctx, item.node(), item.path());
            if (name != null && name.isBlank()) {
                ctx.problems.invalid(item.span(), "'" + item.path() + "' must not be empty", null);
            }
            return name == null || name.isBlank() ? null : new InputRef(InputRef.Kind.ANY, name, item.span());
        }
        if (!item.isMapping(ctx, bareNames ? "a name or {source|ref: name}" : "{source: name} or {ref: name}")) {
            return null;
        }
        Fields ref = item.read(ctx, positions, INPUT);
        if (ref.has("source") == ref.has("ref")) {
            ctx.problems.invalid(item.span(), "'" + item.path() + "' must name exactly one of 'source' or 'ref'",
                    "Write {source: <source name>} or {ref: <model name>}.");
            return null;
        }
        String key = ref.has("source") ? "source" : "ref";
        String name = RuntimeBinder.nonEmpty(ref, key);
        return name == null ? null : new InputRef(key.equals("source") ? InputRef.Kind.SOURCE : InputRef.Kind.REF,
                name, item.span());
    }
}
