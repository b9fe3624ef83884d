package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.project.ModelDefinition;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.policy.MaskingRule;
import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import dev.streamt.contracts.manifest.FlinkJobArtifact;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.NodeId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Flink job of a {@code flink} model (named after the model) and of a {@code topic} model (named
 * {@code <model>_processor}, copying its input into its topic). Statements: the {@link JobSettings} SETs, one
 * {@code CREATE TABLE} per input the SQL reads (under the table name the rendered SQL uses), one for the output, and
 * {@code INSERT INTO <output>} the model's analysed query ({@link #ON_CONFLICT} for an upsert output). With masking, the query becomes a subquery and each
 * masked column is projected through its {@link FlinkMasking} expression. A {@code topic} model copying its input
 * ({@code SELECT *} without WHERE or masking) declares its input and output as raw key/value bytes, so the copy keeps
 * every column, the encoding and the record keys exactly. Stateless and thread-safe.
 */
final class ModelJobs {

    /**
     * How an INSERT into an upsert topic resolves rows whose primary key is not the query's own upsert key (a join, a
     * Top-N, a declared {@code key} other than the GROUP BY keys): keep the latest row per key, which is what an upsert
     * topic means. Flink 2.x refuses such an INSERT without a conflict strategy; when the keys match it plans no extra
     * operator, so the clause is written on every upsert INSERT.
     */
    static final String ON_CONFLICT = "ON CONFLICT DO DEDUPLICATE";

    /** The alias of a masked model's query. */
    static final String MASKED_QUERY_ALIAS = "streamt_query";

    private ModelJobs() {
    }

    /** The job's name. */
    static String jobName(ModelOutput output) {
        return output.plan().materialized() == Materialization.TOPIC ? output.name() + "_processor" : output.name();
    }

    /** The job of a {@code topic} or {@code flink} model whose SQL was analysed. */
    static FlinkJobArtifact generate(ModelOutput output, ProjectDefinition project) {
        ModelDefinition model = output.plan().definition();
        String name = jobName(output);
        String groupId = JobSettings.groupId(project, name);
        List<String> inputTables = new ArrayList<>();
        List<String> ddl = new ArrayList<>();
        boolean watermarks = false;
        for (ModelInputs.Input input : output.inputs()) {
            String table = input.relation().table();
            inputTables.add(table);
            KafkaTable declared = output.rawCopy() ? input.table().asRaw() : input.table();
            watermarks |= declared.watermark() != null;
            ddl.add(TableDdl.source(table, declared, groupId));
        }
        String outputName = outputTableName(model.name(), inputTables);
        KafkaTable target = output.rawCopy() ? output.table().asRaw() : output.table();
        ddl.add(TableDdl.sink(outputName, target));
        // Blank lines around the query carry no meaning; a trailing comment still ends at its own line end.
        String query = output.analysis().sql().strip();
        String insert = "INSERT INTO " + Sql.ident(outputName) + "\n"
                + (output.rawCopy() || model.masking().isEmpty() ? query : masked(output, query, project))
                + (target.upsert() ? "\n" + ON_CONFLICT : "");
        JobSettings settings = JobSettings.forModel(project, model);
        List<String> statements = new ArrayList<>(settings.statements(name, watermarks, target.upsert()));
        statements.addAll(ddl);
        statements.add(insert);
        return settings.artifact(name, statements, query, NodeId.model(model.name()));
    }

    /** The output table's name: the model's, unless an input of the job already uses it. */
    static String outputTableName(String model, List<String> inputTables) {
        Set<String> taken = new HashSet<>(inputTables);
        String name = model;
        for (int n = 1; taken.contains(name); n++) {
            name = model + "_out" + (n == 1 ? "" : Integer.toString(n));
        }
        return name;
    }

    /** {@code SELECT <columns, masked ones through their expression> FROM (<query>) AS streamt_query}. */
    private static String masked(ModelOutput output, String query, ProjectDefinition project) {
        ModelDefinition model = output.plan().definition();
        StringBuilder select = new StringBuilder("SELECT ");
        boolean first = true;
        for (OutputColumn column : output.analysis().columns()) {
            if (!first) {
                select.append(",\n  ");
            }
            first = false;
            MaskingRule rule = FlinkMasking.ruleFor(model.masking(), column.name());
            if (rule == null) {
                select.append(Sql.ident(column.name()));
            } else {
                select.append(FlinkMasking.expression(rule, column.name(), column.type(), project.project().name()))
                        .append(" AS ").append(Sql.ident(column.name()));
            }
        }
        return select.append("\nFROM (\n").append(query).append("\n) AS ").append(Sql.ident(MASKED_QUERY_ALIAS))
                .toString();
    }
}
