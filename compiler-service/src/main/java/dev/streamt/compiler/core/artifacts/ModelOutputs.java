package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.Findings;
import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.project.MlOutput;
import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.policy.MaskingRule;
import dev.streamt.compiler.core.sql.SqlAnalyzer;
import dev.streamt.compiler.core.sql.analysis.InputCatalog;
import dev.streamt.compiler.core.sql.analysis.InputColumn;
import dev.streamt.compiler.core.sql.analysis.InputRelation;
import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import dev.streamt.compiler.core.sql.analysis.SqlAnalysis;
import dev.streamt.compiler.core.sql.types.FlinkType;
import dev.streamt.contracts.diagnostics.DiagnosticCode;
import dev.streamt.contracts.manifest.Materialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Computes the {@link ModelOutput} of a model from its plan and the tables of its inputs (already in the catalog,
 * since models come in dependency order):
 * <ul>
 * <li>{@code sink}: no topic of its own; readers of the sink model read what it reads;</li>
 * <li>{@code virtual_topic}: the virtual topic on the gateway, holding the filtered input (same encoding) with the
 * masked columns;</li>
 * <li>{@code topic} of a {@code SELECT *} without WHERE or masking: a byte-exact copy of its input (same encoding,
 * key and columns);</li>
 * <li>{@code flink}, and any other {@code topic} (a declared one that filters, or one with masking): JSON with the output columns (masked columns become STRING, or
 * keep their type for {@code null}); an updating query writes an upsert topic keyed by {@link PrimaryKeys}; an
 * append one keyed by the model's {@code key} when it names output columns. An event-time column of the output keeps
 * a watermark as late as its inputs' latest.</li>
 * </ul>
 * A masked column that a {@code *} over one input with undeclared columns would carry is declared on that input, so
 * the mask applies; one that cannot be placed is SECURITY_POLICIES_NOT_ENFORCED. Stateless and thread-safe.
 */
final class ModelOutputs {

    private ModelOutputs() {
    }

    static ModelOutput of(ModelPlan plan, ProjectDefinition project, Function<String, KafkaTable> catalog,
            Findings findings) {
        KafkaConnection flink = KafkaConnection.forFlink(project.runtime().kafka());
        List<ModelInputs.Input> inputs = ModelInputs.resolve(plan.inputs(), plan.analysis(), catalog, flink);
        ModelDefinition model = plan.definition();
        if (plan.materialized() == Materialization.SINK || plan.analysis() == null || !plan.analysis().parsed()) {
            KafkaTable read = plan.inputs().isEmpty() ? null : base(plan.inputs().get(0), catalog, flink);
            return new ModelOutput(plan, inputs, null, read, false);
        }
        if (plan.materialized() == Materialization.TOPIC && model.masking().isEmpty() && plan.analysis().passthrough()
                && inputs.size() == 1) {
            KafkaTable copy = base(plan.inputs().get(0), catalog, flink).withTopic(topicName(project, model), flink);
            return new ModelOutput(plan, inputs, plan.analysis(), copy, true);
        }
        if (!plan.analysis().columnsComplete() && !model.masking().isEmpty()) {
            inputs = withMaskedColumns(inputs, plan.analysis(), model.masking());
        }
        SqlAnalysis analysis = effectiveAnalysis(plan, inputs);
        warnUnmaskable(model, plan.analysis(), analysis, findings);
        List<TableColumn> columns = new ArrayList<>(analysis.columns().size());
        List<String> names = new ArrayList<>(analysis.columns().size());
        String rowtime = analysis.rowtimeColumn().map(OutputColumn::name).orElse(null);
        for (OutputColumn column : analysis.columns()) {
            MaskingRule rule = FlinkMasking.ruleFor(model.masking(), column.name());
            FlinkType type = rule != null ? FlinkMasking.maskedType(rule.policy(), column.type())
                    : column.name().equals(rowtime) ? SourceTables.rowtimeType(column.type())
                    : SourceTables.nullable(column.type());
            columns.add(TableColumn.of(column.name(), type));
            names.add(column.name());
        }
        List<KafkaTable> inputTables = new ArrayList<>(inputs.size());
        inputs.forEach(input -> inputTables.add(input.table()));
        List<String> primaryKey = analysis.updating() && !names.isEmpty()
                ? PrimaryKeys.choose(model.key(), analysis.sql(), analysis.columns(), inputTables) : List.of();
        List<String> keyFields = primaryKey.isEmpty() ? PrimaryKeys.declaredKey(model.key(), names) : List.of();
        boolean virtual = plan.materialized() == Materialization.VIRTUAL_TOPIC;
        TableFormat format = virtual && !inputTables.isEmpty() ? inputTables.get(0).format() : TableFormat.JSON;
        KafkaConnection connection = virtual
                ? KafkaConnection.forGateway(project.runtime().conduktor() == null ? null
                        : project.runtime().conduktor().gateway(), project.runtime().kafka())
                : flink;
        String topic = virtual ? virtualTopicName(model) : topicName(project, model);
        KafkaTable table = new KafkaTable(topic, columns, analysis.columnsComplete() && !columns.isEmpty(), format,
                inheritedWatermark(analysis, model, inputTables), primaryKey, keyFields, connection);
        return new ModelOutput(plan, inputs, analysis, table, false);
    }

    /** The topic of a {@code topic} / {@code flink} model: {@code advanced.topic.name}, else the model's name. */
    static String topicName(ProjectDefinition project, ModelDefinition model) {
        String name = project.defaults().topicFor(model).name();
        return name != null ? name : model.name();
    }

    /** The virtual topic of a {@code virtual_topic} model: {@code gateway.virtual_topic.name}, else its name. */
    static String virtualTopicName(ModelDefinition model) {
        return model.gateway() != null && model.gateway().virtualTopicName() != null
                ? model.gateway().virtualTopicName() : model.name();
    }

    private static KafkaTable base(InputRelation relation, Function<String, KafkaTable> catalog,
            KafkaConnection connection) {
        KafkaTable table = catalog.apply(relation.nodeId());
        return table != null ? table : ModelInputs.foreign(relation, connection);
    }

    /**
     * The planner's analysis when its columns are complete; else the SQL analysed again against the columns the job
     * declares for each input (so {@code *} expands to exactly those).
     */
    static SqlAnalysis effectiveAnalysis(ModelPlan plan, List<ModelInputs.Input> inputs) {
        SqlAnalysis analysis = plan.analysis();
        if (analysis.columnsComplete() || plan.renderedSql() == null) {
            return analysis;
        }
        Map<String, InputRelation> tables = new LinkedHashMap<>();
        for (ModelInputs.Input input : inputs) {
            InputRelation relation = input.relation();
            List<InputColumn> columns = new ArrayList<>(input.table().columns().size());
            for (TableColumn column : input.table().columns()) {
                columns.add(new InputColumn(column.name(), column.proctime() ? null : column.type().ddl()));
            }
            Watermark watermark = input.table().watermark();
            tables.put(relation.table(), new InputRelation(relation.table(), relation.nodeId(), columns, true,
                    watermark == null ? null : watermark.column(), relation.proctimeColumn(), relation.updating()));
        }
        Map<String, List<InputColumn>> ml = new LinkedHashMap<>();
        for (MlOutput output : plan.definition().mlOutputs().values()) {
            List<InputColumn> columns = new ArrayList<>();
            output.columns().forEach((name, type) -> columns.add(new InputColumn(name, type)));
            ml.put(output.model(), columns);
        }
        SqlAnalysis again = SqlAnalyzer.analyze(plan.renderedSql(), new InputCatalog(tables, ml));
        return again.parsed() && again.columnsComplete() ? again : analysis;
    }

    /**
     * When exactly one input is read with {@code *} and its columns are unknown, the masked columns are declared on it
     * (STRING), so that the {@code *} carries them and their masks apply.
     */
    private static List<ModelInputs.Input> withMaskedColumns(List<ModelInputs.Input> inputs, SqlAnalysis analysis,
            List<MaskingRule> rules) {
        int target = -1;
        for (int i = 0; i < inputs.size(); i++) {
            ModelInputs.Input input = inputs.get(i);
            boolean star = analysis.inputUsages().stream()
                    .anyMatch(u -> u.allColumns() && u.input().table().equals(input.relation().table()));
            if (star && !input.table().columnsKnown()) {
                if (target >= 0) {
                    return inputs;
                }
                target = i;
            }
        }
        if (target < 0) {
            return inputs;
        }
        List<TableColumn> masked = new ArrayList<>(rules.size());
        rules.forEach(rule -> masked.add(TableColumn.of(rule.column(), FlinkType.STRING)));
        List<ModelInputs.Input> result = new ArrayList<>(inputs);
        ModelInputs.Input input = inputs.get(target);
        result.set(target, new ModelInputs.Input(input.relation(), input.table().withAdded(masked)));
        return result;
    }

    /** The watermark of the output's event-time column: as late as the latest of the inputs' watermarks. */
    private static Watermark inheritedWatermark(SqlAnalysis analysis, ModelDefinition model, List<KafkaTable> inputs) {
        Optional<OutputColumn> rowtime = analysis.rowtimeColumn();
        if (rowtime.isEmpty() || FlinkMasking.ruleFor(model.masking(), rowtime.get().name()) != null
                || !SourceTables.canCarryWatermark(SourceTables.rowtimeType(rowtime.get().type()))) {
            return null;
        }
        long delay = -1;
        for (KafkaTable input : inputs) {
            if (input.watermark() != null) {
                delay = Math.max(delay, input.watermark().delayMs());
            }
        }
        return new Watermark(rowtime.get().name(), delay < 0 ? Watermark.DEFAULT_DELAY_MS : delay);
    }

    /**
     * SECURITY_POLICIES_NOT_ENFORCED for a masking rule whose column cannot be found because the output's columns are
     * not all known at compile time (a {@code *} over an input whose columns were not declared).
     */
    private static void warnUnmaskable(ModelDefinition model, SqlAnalysis planned, SqlAnalysis analysis,
            Findings findings) {
        if (planned.columnsComplete()) {
            return;
        }
        for (MaskingRule rule : model.masking()) {
            if (analysis.column(rule.column()).isEmpty()) {
                findings.add(rule.span().diagnostic(DiagnosticCode.SECURITY_POLICIES_NOT_ENFORCED,
                        "Model '" + model.name() + "' cannot mask column '" + rule.column()
                                + "': its columns come from a * over an input whose columns are not declared.",
                        "Declare the input's columns, or select the column explicitly."));
            }
        }
    }
}
