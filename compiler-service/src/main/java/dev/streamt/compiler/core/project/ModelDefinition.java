package dev.streamt.compiler.core.project;

import dev.streamt.compiler.core.project.policy.AccessPolicy;
import dev.streamt.compiler.core.project.policy.MaskingRule;
import dev.streamt.contracts.manifest.Classification;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.ModelAccess;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A model ({@code models[]}), with the shorthand and streamt CLI forms normalised: {@code topic} / {@code flink} /
 * {@code connector} written on the model land in {@link #topic()} / {@link #flink()} / {@link #connector()} exactly
 * like {@code advanced.*} (their positions are under the canonical {@code advanced.*} paths, pointing at the lines
 * where they were written); {@code sink{connector, config}} becomes {@link #connector()};
 * {@code gateway.virtual_topic} becomes {@link #gateway()}; {@code security.policies[].mask} joins
 * {@link #masking()}.
 *
 * <ul>
 * <li>{@code sql}: the raw text (Jinja not rendered) with its position mapping; null for a sink without SQL.</li>
 * <li>{@code from}: the declared inputs ({@code from: name} or the list form).</li>
 * <li>{@code materialized}: as declared, null when it is to be inferred.</li>
 * <li>{@code access}: level and allowed groups (default private).</li>
 * <li>{@code classification}: {@code security.classification}, column to level, in written order.</li>
 * <li>{@code mlOutputs}: {@code ml_outputs}, by ML model name, in written order.</li>
 * <li>{@code topic}, {@code flink}, {@code connector}, {@code gateway}: null when not written.</li>
 * </ul>
 */
public record ModelDefinition(String name, String description, String owner, List<String> tags, String group,
        String version, String key, ModelAccess access, SqlText sql, List<InputRef> from,
        Materialization materialized, List<ColumnDefinition> columns, List<MaskingRule> masking,
        List<AccessPolicy> accessPolicies, Map<String, Classification> classification,
        Map<String, MlOutput> mlOutputs, TopicSettings topic, FlinkSettings flink, ConnectorSettings connector,
        GatewaySettings gateway, Positions positions) implements Located {

    public ModelDefinition {
        Immutable.name(name, "model name");
        tags = Immutable.list(tags);
        access = access == null ? ModelAccess.PRIVATE : access;
        from = Immutable.list(from);
        columns = Immutable.list(columns);
        masking = Immutable.list(masking);
        accessPolicies = Immutable.list(accessPolicies);
        classification = Immutable.map(classification);
        mlOutputs = Immutable.map(mlOutputs);
        Objects.requireNonNull(positions, "positions");
    }

    /** The declared column of that name, or null. */
    public ColumnDefinition column(String columnName) {
        for (ColumnDefinition column : columns) {
            if (column.name().equals(columnName)) {
                return column;
            }
        }
        return null;
    }

    /** The classification of a column: {@code security.classification}, else the column's own, else null. */
    public Classification classificationOf(String columnName) {
        Classification level = classification.get(columnName);
        if (level != null) {
            return level;
        }
        ColumnDefinition column = column(columnName);
        return column == null ? null : column.classification();
    }
}
