package dev.streamt.contracts.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import dev.streamt.contracts.Nullable;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.manifest.Manifest;
import dev.streamt.contracts.manifest.NodeId;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Generates the committed JSON Schemas (draft 2020-12) from the contract records with victools: snake_case names
 * from {@code @JsonNaming}, enums as their wire values, {@link Nullable} fields optional and nullable, every other
 * field required, node ids and subjects as patterned strings, free-form JSON values unconstrained.
 */
final class SchemaGeneration {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SchemaGenerator generator;

    SchemaGeneration() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(StreamtJson.mapper(),
                SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(Option.STANDARD_FORMATS, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.PLAIN_DEFINITION_KEYS);
        config.forFields()
                .withNullableCheck(SchemaGeneration::nullable)
                .withRequiredCheck(field -> !nullable(field))
                // Required strings are validated non-blank by the records.
                .withStringMinLengthResolver(field -> !nullable(field)
                        && field.getType().getErasedType() == String.class ? 1 : null)
                .withStringPatternResolver(field -> field.getDeclaringType().getErasedType() == Manifest.class
                        && field.getDeclaredName().equals("id") ? Manifest.ID_PATTERN : null);
        // Properties in record component order, like the JSON the codec writes.
        config.forTypesInGeneral().withPropertySorter(Comparator.comparingInt(SchemaGeneration::componentIndex));
        config.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> erased = type.getErasedType();
            if (erased == NodeId.class) {
                return inline(patterned(NodeId.PATTERN, "A node id: [<project>:]<type>.<name>"));
            }
            if (erased == Subject.class) {
                return inline(patterned(Subject.PATTERN, "<project>/<env>"));
            }
            if (erased == Object.class) {
                return inline(NODES.objectNode().put("description", "Any JSON value"));
            }
            return null;
        });
        generator = new SchemaGenerator(config.build());
    }

    /** The manifest schema, as committed at {@link StreamtSchemas#MANIFEST}. */
    ObjectNode manifest() {
        ObjectNode schema = generator.generateSchema(Manifest.class);
        return finish(schema, StreamtSchemas.MANIFEST, "streamt manifest",
                "A compiled streamt project for one environment (api_version " + Manifest.API_VERSION + ").");
    }

    /** The schema of one event type's CloudEvent, as committed at {@link StreamtSchemas#eventResource}. */
    ObjectNode event(EventType type) {
        ObjectNode schema = generator.generateSchema(CloudEvent.class, type.dataClass());
        ObjectNode properties = (ObjectNode) schema.get("properties");
        properties.set("specversion", NODES.objectNode().put("const", CloudEvent.SPEC_VERSION));
        properties.set("type", NODES.objectNode().put("const", type.type()));
        return finish(schema, StreamtSchemas.eventResource(type), type.type(),
                "CloudEvents 1.0 structured JSON " + type.kind().name().toLowerCase() + " on topic "
                        + type.topic().topicName() + ", data " + type.dataClass().getSimpleName() + ".");
    }

    /** Every committed schema by resource path. */
    Map<String, ObjectNode> all() {
        Map<String, ObjectNode> all = new LinkedHashMap<>();
        all.put(StreamtSchemas.MANIFEST, manifest());
        for (EventType type : EventType.values()) {
            all.put(StreamtSchemas.eventResource(type), event(type));
        }
        return all;
    }

    private static boolean nullable(FieldScope field) {
        return field.getAnnotationConsideringFieldAndGetter(Nullable.class) != null;
    }

    private static int componentIndex(MemberScope<?, ?> member) {
        Class<?> owner = member.getDeclaringType().getErasedType();
        if (owner.isRecord()) {
            RecordComponent[] components = owner.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                if (components[i].getName().equals(member.getDeclaredName())) {
                    return i;
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    private static CustomDefinition inline(ObjectNode definition) {
        return new CustomDefinition(definition, CustomDefinition.DefinitionType.INLINE,
                CustomDefinition.AttributeInclusion.NO);
    }

    private static ObjectNode patterned(String pattern, String description) {
        return NODES.objectNode().put("type", "string").put("pattern", pattern).put("description", description);
    }

    /** Puts $schema, $id, title and description first and sorts $defs, so the output is stable. */
    private static ObjectNode finish(ObjectNode generated, String resource, String title, String description) {
        ObjectNode schema = NODES.objectNode();
        schema.set("$schema", generated.get("$schema"));
        schema.put("$id", StreamtSchemas.id(resource));
        schema.put("title", title);
        schema.put("description", description);
        for (Map.Entry<String, JsonNode> field : generated.properties()) {
            if (!schema.has(field.getKey()) && !field.getKey().equals("$defs")) {
                schema.set(field.getKey(), field.getValue());
            }
        }
        if (generated.has("$defs")) {
            List<String> names = new ArrayList<>();
            generated.get("$defs").fieldNames().forEachRemaining(names::add);
            names.sort(null);
            ObjectNode defs = schema.putObject("$defs");
            names.forEach(name -> defs.set(name, generated.get("$defs").get(name)));
        }
        return schema;
    }
}
