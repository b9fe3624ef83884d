package dev.streamt.compiler.core.manifest;

import dev.streamt.compiler.core.plan.ModelPlan;
import dev.streamt.compiler.core.plan.ProjectPlan;
import dev.streamt.compiler.core.project.ColumnDefinition;
import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.SourceDefinition;
import dev.streamt.compiler.core.sql.analysis.ColumnRef;
import dev.streamt.compiler.core.sql.analysis.OutputColumn;
import dev.streamt.contracts.manifest.Artifacts;
import dev.streamt.contracts.manifest.ColumnLineage;
import dev.streamt.contracts.manifest.EventTime;
import dev.streamt.contracts.manifest.Freshness;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.Model;
import dev.streamt.contracts.manifest.ModelColumn;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.ProjectInfo;
import dev.streamt.contracts.manifest.Source;
import dev.streamt.contracts.manifest.SourceColumn;
import dev.streamt.contracts.manifest.SourceSchema;
import dev.streamt.contracts.manifest.Watermark;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the manifest of a valid project from its plan and artifacts: sources, models (rendered SQL, effective
 * materialization and why, inferred columns with lineage), tests, exposures, the DAG, the artifacts, and the content id.
 * Deterministic: the same project gives the same bytes apart from {@code compiled_at}. Pure.
 */
public final class ManifestAssembler {

    private ManifestAssembler() {
    }

    public static Manifest assemble(ProjectPlan plan, Artifacts artifacts, Instant compiledAt) {
        ProjectDefinition p = plan.project();
        ProjectInfo info = new ProjectInfo(p.project().name(), p.project().version(), p.project().description(),
                p.project().owner(), p.project().group());
        List<Source> sources = p.sources().stream().map(ManifestAssembler::source).toList();
        java.util.Map<String, String> topics = outputTopics(artifacts);
        List<Model> models = new ArrayList<>();
        for (var definition : p.models()) {
            plan.model(definition.name()).ifPresent(m -> models.add(model(m, topics.get(m.nodeId()))));
        }
        Manifest draft = new Manifest(Manifest.API_VERSION, ManifestIds.PLACEHOLDER, info, p.environmentName(),
                compiledAt, p.requiredVariables(), sources, models, Tests.of(p), Exposures.of(p),
                DagAssembler.dag(plan), artifacts, RuntimeTargetsAssembler.targets(p), RuntimeTargetsAssembler.safety(p));
        return ManifestIds.withContentId(draft);
    }

    private static Source source(SourceDefinition s) {
        List<SourceColumn> columns = s.columns().stream()
                .map(c -> new SourceColumn(c.name(), c.type(), c.description(), c.classification(), c.proctime()))
                .toList();
        SourceSchema schema = s.schema() == null ? null : new SourceSchema(s.schema().effectiveFormat(),
                s.schema().subject() != null ? s.schema().subject() : s.topic() + "-value", s.schema().registry(),
                s.schema().version(), s.schema().definition());
        EventTime eventTime = s.eventTime() == null ? null : new EventTime(s.eventTime().column(),
                new Watermark(s.eventTime().strategy(), s.eventTime().maxOutOfOrdernessMs()),
                s.eventTime().allowedLatenessMs());
        Freshness freshness = s.freshness() == null ? null : new Freshness(
                s.freshness().warnAfter() == null ? null : s.freshness().warnAfter().toSeconds(),
                s.freshness().errorAfter() == null ? null : s.freshness().errorAfter().toSeconds());
        return new Source(s.name(), s.topic(), s.description(), s.owner(), s.tags(), s.cluster(), columns, schema,
                eventTime, freshness);
    }

    private static Model model(ModelPlan m, String topic) {
        var d = m.definition();
        List<ModelColumn> columns = new ArrayList<>();
        for (OutputColumn c : m.columns()) {
            ColumnDefinition declared = d.column(c.name());
            List<ColumnLineage> lineage = new ArrayList<>();
            for (ColumnRef ref : c.lineage()) {
                lineage.add(new ColumnLineage(NodeId.parse(ref.node()), ref.column()));
            }
            columns.add(new ModelColumn(c.name(), c.typeString(), declared == null ? null : declared.description(),
                    d.classificationOf(c.name()), lineage));
        }
        List<NodeId> dependsOn = m.dependsOn().stream().map(NodeId::parse).toList();
        return new Model(d.name(), m.materialized(), m.inferredFrom(), m.renderedSql(), dependsOn, columns,
                d.description(), d.owner(), d.tags(), d.group(), d.access(), d.key(), topic);
    }

    /** The topic that holds each model's output: its topic artifact, else its virtual topic behind the gateway. */
    private static java.util.Map<String, String> outputTopics(Artifacts artifacts) {
        java.util.Map<String, String> topics = new java.util.HashMap<>();
        for (var rule : artifacts.gatewayRules()) {
            if (rule.ownerNode() != null) {
                topics.put(rule.ownerNode().value(), rule.virtualTopic());
            }
        }
        for (var topic : artifacts.topics()) {
            if (topic.ownerNode() != null) {
                topics.put(topic.ownerNode().value(), topic.name());
            }
        }
        return topics;
    }
}
