package dev.streamt.compiler.core.project.load;

import dev.streamt.compiler.core.project.ColumnDefinition;
import dev.streamt.compiler.core.project.EventTimeSpec;
import dev.streamt.compiler.core.project.FreshnessSpec;
import dev.streamt.compiler.core.project.Positions;
import dev.streamt.compiler.core.project.SchemaSpec;
import dev.streamt.compiler.core.project.SourceDefinition;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.SchemaType;
import dev.streamt.contracts.manifest.WatermarkStrategy;
import dev.streamt.runtime.text.DidYouMean;
import java.time.Duration;
import java.util.List;

/** Reads one {@code sources[]} item. */
final class SourceBinder {

    static final Keys SOURCE = Keys.of("name", "topic", "description", "owner", "tags", "cluster", "schema", "columns",
            "freshness", "event_time").misplaced(java.util.Map.of(
                    "watermark", "'watermark' belongs under event_time:.",
                    "format", "'format' belongs under schema:.",
                    "subject", "'subject' belongs under schema:."));
    static final Keys SCHEMA = Keys.of("format", "subject", "registry", "version", "definition");
    static final Keys FRESHNESS = Keys.of("warn_after", "error_after", "warn_after_seconds", "max_lag_seconds");
    static final Keys EVENT_TIME = Keys.of("column", "watermark", "allowed_lateness_ms");
    static final Keys WATERMARK = Keys.of("strategy", "max_out_of_orderness_ms");

    private SourceBinder() {
    }

    /** The source, or null when it has no usable name. */
    static SourceDefinition bind(BindContext ctx, YamlItem item) {
        if (!item.isMapping(ctx, "a mapping (a source)")) {
            return null;
        }
        Positions.Builder positions = Positions.builder(item.span());
        Fields source = Fields.read(ctx, item.node(), item.path(), "", positions, SOURCE);
        String name = DefinitionNames.read(source, "source");
        String topic = source.string("topic");
        if (topic == null || topic.isBlank()) {
            if (source.value("topic") == null || Scalars.isNull(source.value("topic")) || topic != null) {
                ctx.problems.add(DiagnosticCode.MISSING_TOPIC, item.span().withPath(source.pathOf("topic")),
                        "Source '" + (name == null ? item.path() : name) + "' has no topic",
                        "Add topic: <the Kafka topic this source reads>.");
            }
            topic = null;
        }
        List<ColumnDefinition> columns = ColumnBinder.columns(source);
        SchemaSpec schema = schema(source.map("schema", SCHEMA), topic);
        FreshnessSpec freshness = freshness(source.map("freshness", FRESHNESS));
        EventTimeSpec eventTime = eventTime(source.map("event_time", EVENT_TIME), columns,
                name == null ? item.path() : name);
        if (name == null) {
            return null;
        }
        return new SourceDefinition(name, topic, source.string("description"), source.string("owner"),
                source.strings("tags"), RuntimeBinder.nonEmpty(source, "cluster"), schema, columns, freshness,
                eventTime, positions.build());
    }

    private static SchemaSpec schema(Fields schema, String topic) {
        if (schema == null) {
            return null;
        }
        String format = schema.choice("format", List.of("avro", "json", "protobuf"));
        String subject = RuntimeBinder.nonEmpty(schema, "subject");
        return new SchemaSpec(format == null ? null : SchemaType.valueOf(format.toUpperCase(java.util.Locale.ROOT)),
                subject != null ? subject : topic == null ? null : topic + "-value", schema.string("registry"),
                schema.integer("version", 1), schema.string("definition"));
    }

    private static FreshnessSpec freshness(Fields freshness) {
        if (freshness == null) {
            return null;
        }
        Duration warn = durationOrSeconds(freshness, "warn_after", "warn_after_seconds");
        Duration error = durationOrSeconds(freshness, "error_after", "max_lag_seconds");
        if (warn != null && error != null && warn.compareTo(error) > 0) {
            freshness.ctx.problems.invalid(freshness.valueSpan("warn_after"), "'" + freshness.path
                    + "': the warning bound is longer than the error bound", "Make warn_after shorter than error_after.");
        }
        return new FreshnessSpec(warn, error);
    }

    private static Duration durationOrSeconds(Fields fields, String durationKey, String secondsKey) {
        if (fields.written(durationKey) && fields.written(secondsKey)) {
            fields.ctx.problems.invalid(fields.keySpan(secondsKey), "Both '" + fields.pathOf(durationKey) + "' and '"
                    + fields.pathOf(secondsKey) + "' are set", "Keep only '" + durationKey + "'.");
            return null;
        }
        if (fields.written(secondsKey)) {
            Long seconds = fields.longValue(secondsKey, 0);
            fields.positions.put(fields.canonicalOf(durationKey), fields.keySpan(secondsKey));
            return seconds == null ? null : Duration.ofSeconds(seconds);
        }
        return fields.duration(durationKey);
    }

    private static EventTimeSpec eventTime(Fields eventTime, List<ColumnDefinition> columns, String source) {
        if (eventTime == null || !eventTime.require("column", "the timestamp column")) {
            return null;
        }
        String column = RuntimeBinder.nonEmpty(eventTime, "column");
        Fields watermark = eventTime.map("watermark", WATERMARK);
        String strategy = watermark == null ? null : watermark.choice("strategy",
                List.of("bounded_out_of_orderness", "monotonously_increasing"));
        Long outOfOrderness = watermark == null ? null : watermark.longValue("max_out_of_orderness_ms", 0);
        Long lateness = eventTime.longValue("allowed_lateness_ms", 0);
        if (column == null) {
            return null;
        }
        if (!columns.isEmpty() && columns.stream().noneMatch(c -> c.name().equals(column))) {
            List<String> names = columns.stream().map(ColumnDefinition::name).toList();
            String hint = DidYouMean.hint(column, names);
            eventTime.ctx.problems.add(DiagnosticCode.UNKNOWN_COLUMN, eventTime.valueSpan("column"),
                    "Event-time column '" + column + "' is not among the declared columns of source '"
                    + source + "'",
                    hint != null ? hint : "Declared columns: " + String.join(", ", names) + ".");
        }
        return new EventTimeSpec(column, strategy == null ? WatermarkStrategy.BOUNDED_OUT_OF_ORDERNESS
                : WatermarkStrategy.fromWireValue(strategy), outOfOrderness == null
                        ? EventTimeSpec.DEFAULT_MAX_OUT_OF_ORDERNESS_MS : outOfOrderness, lateness);
    }
}
