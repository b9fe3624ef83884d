package dev.streamt.compiler.core.artifacts;

import dev.streamt.compiler.core.project.ProjectDefinition;
import dev.streamt.compiler.core.project.SchemaSpec;
import dev.streamt.compiler.core.project.SourceDefinition;
import dev.streamt.contracts.manifest.Materialization;
import dev.streamt.contracts.manifest.NodeId;
import dev.streamt.contracts.manifest.SchemaArtifact;
import dev.streamt.contracts.manifest.SchemaType;
import java.util.ArrayList;
import java.util.List;

/**
 * The subjects to register (compatibility {@value #COMPATIBILITY}):
 * <ul>
 * <li>per source with a {@code schema}: subject {@code schema.subject}, else {@code <topic>-value}; an explicit
 * {@code definition} as given, with its format; else an Avro record named after the source (namespace
 * {@code streamt.<project>}) generated from the declared columns ({@link AvroSchemas}; a column without type is a
 * string); nothing when neither a definition nor columns are given (the subject is expected to exist);</li>
 * <li>per {@code topic} / {@code flink} model whose output columns are all known, when a schema registry is
 * configured: subject {@code <topic>-value}, an Avro record of its output columns (masked columns as the topic holds
 * them), named as Flink's Avro formats name a table's record ({@code record} in
 * {@code org.apache.flink.avro.generated}), so a job writing the topic as Avro later registers the same schema.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class SchemaArtifacts {

    static final String COMPATIBILITY = "BACKWARD";
    static final String FLINK_RECORD = "record";
    static final String FLINK_NAMESPACE = "org.apache.flink.avro.generated";

    private SchemaArtifacts() {
    }

    /** The schemas: sources in declaration order, then models in dependency order. */
    static List<SchemaArtifact> generate(ProjectDefinition project, TableCatalog catalog) {
        List<SchemaArtifact> schemas = new ArrayList<>();
        String namespace = "streamt." + AvroSchemas.avroName(project.project().name());
        for (SourceDefinition source : project.sources()) {
            SchemaSpec spec = source.schema();
            if (spec == null || (spec.subject() == null && source.topic() == null)) {
                continue;
            }
            String subject = spec.subject() != null ? spec.subject() : source.topic() + "-value";
            NodeId owner = NodeId.source(source.name());
            if (spec.definition() != null && !spec.definition().isBlank()) {
                schemas.add(new SchemaArtifact(subject, spec.effectiveFormat(), spec.definition(), COMPATIBILITY,
                        owner));
                continue;
            }
            KafkaTable table = catalog.table(owner.value());
            if (table != null && table.columnsKnown()) {
                schemas.add(new SchemaArtifact(subject, SchemaType.AVRO,
                        AvroSchemas.record(source.name(), namespace, table.columns()), COMPATIBILITY, owner));
            }
        }
        if (project.runtime().schemaRegistry() == null) {
            return schemas;
        }
        for (ModelOutput output : catalog.outputs()) {
            Materialization materialized = output.plan().materialized();
            KafkaTable table = output.table();
            if ((materialized == Materialization.TOPIC || materialized == Materialization.FLINK) && table != null
                    && table.columnsKnown()) {
                schemas.add(new SchemaArtifact(table.topic() + "-value", SchemaType.AVRO,
                        AvroSchemas.record(FLINK_RECORD, FLINK_NAMESPACE, table.columns()), COMPATIBILITY,
                        NodeId.model(output.name())));
            }
        }
        return schemas;
    }
}
