package dev.streamt.contracts.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.streamt.contracts.ContractViolationException;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.UnknownEventTypeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one JSON codec of the contracts: every service reads and writes manifests, change sets, deployments, test runs,
 * commands and events through it, so the wire format is the same everywhere.
 * <ul>
 * <li>field names are snake_case, in record component order; map entries are sorted by key: the same value always
 * gives the same bytes;</li>
 * <li>instants are ISO-8601 strings ({@code 2026-11-21T05:04:00.123Z});</li>
 * <li>null fields are always written ({@code "line": null}): every field of the contract is present, null means
 * unknown or not applicable;</li>
 * <li>reading is tolerant of unknown fields (forward compatibility) but strict about enum values, required fields
 * and names: any violation is a {@link ContractViolationException} naming the JSON path and the bad value.</li>
 * </ul>
 * The shared mapper is thread-safe; do not reconfigure it. Frameworks that own their mapper (Quarkus) can apply the
 * same settings with {@link #configure(ObjectMapper)}.
 */
public final class StreamtJson {

    private static final ObjectMapper MAPPER = configure(JsonMapper.builder().build());

    private static final JavaType MAP_TYPE = MAPPER.getTypeFactory()
            .constructMapType(LinkedHashMap.class, String.class, Object.class);

    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private StreamtJson() {
    }

    /** The shared, preconfigured mapper. Thread-safe; must not be reconfigured. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Applies the codec's settings to {@code mapper} (for example a framework's own mapper) and returns it. */
    public static <M extends ObjectMapper> M configure(M mapper) {
        mapper.setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        mapper.registerModule(new JavaTimeModule());
        mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS,
                SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);
        mapper.enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        mapper.setDefaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.ALWAYS,
                JsonInclude.Include.ALWAYS));
        mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL,
                DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
        return mapper;
    }

    /** The JSON text of a contract value. */
    public static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** The JSON text of a contract value, indented by two spaces with {@code \n} line ends (for humans and files). */
    public static String toPrettyJson(Object value) {
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /** The UTF-8 JSON bytes of a contract value. */
    public static byte[] toBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
        }
    }

    /**
     * A contract value as a key-sorted JSON object of plain maps, lists, strings, numbers and booleans (for example an
     * artifact as the {@code before}/{@code after} state of a change).
     */
    public static Map<String, Object> toMap(Object value) {
        return MAPPER.convertValue(value, MAP_TYPE);
    }

    /** Reads a contract value from JSON text ({@code CloudEvent.class} reads like {@link #readEvent(String)}). */
    public static <T> T fromJson(String json, Class<T> type) {
        if (type == CloudEvent.class) {
            return type.cast(readEvent(json));
        }
        return read(() -> MAPPER.readValue(json, type), type.getSimpleName());
    }

    /** Reads a contract value from UTF-8 JSON bytes ({@code CloudEvent.class} reads like {@link #readEvent}). */
    public static <T> T fromJson(byte[] json, Class<T> type) {
        if (type == CloudEvent.class) {
            return type.cast(readEvent(json));
        }
        return read(() -> MAPPER.readValue(json, type), type.getSimpleName());
    }

    /** Reads a contract value from plain JSON values (the inverse of {@link #toMap}). */
    public static <T> T fromMap(Map<String, ?> map, Class<T> type) {
        return read(() -> {
            JsonNode tree = MAPPER.valueToTree(map);
            return MAPPER.readerFor(type).readValue(tree);
        }, type.getSimpleName());
    }

    /** The UTF-8 JSON bytes of a CloudEvent, as written to Kafka. */
    public static byte[] writeEvent(CloudEvent<?> event) {
        return toBytes(event);
    }

    /**
     * Reads a CloudEvent, binding its {@code data} to the payload class of its {@code type}.
     *
     * @throws UnknownEventTypeException  when the type is not one of {@link EventType} (consumers usually skip it)
     * @throws ContractViolationException when the envelope or its data violate the contract
     */
    public static CloudEvent<?> readEvent(byte[] json) {
        JsonNode tree = read(() -> MAPPER.readTree(json), "CloudEvent");
        return readEvent(tree);
    }

    /** Like {@link #readEvent(byte[])}, from JSON text. */
    public static CloudEvent<?> readEvent(String json) {
        return readEvent(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a CloudEvent whose data must be of class {@code dataClass}.
     *
     * @throws ContractViolationException when the event is of another type
     */
    @SuppressWarnings("unchecked")
    public static <T> CloudEvent<T> readEvent(byte[] json, Class<T> dataClass) {
        CloudEvent<?> event = readEvent(json);
        if (!dataClass.isInstance(event.data())) {
            throw new ContractViolationException("$.type", "expected an event with " + dataClass.getSimpleName()
                    + " data, got '" + event.type() + "'", null);
        }
        return (CloudEvent<T>) event;
    }

    private static CloudEvent<?> readEvent(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new ContractViolationException("$", "a CloudEvent must be a JSON object", null);
        }
        JsonNode typeNode = tree.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new ContractViolationException("$.type", "a CloudEvent needs a string type", null);
        }
        String typeName = typeNode.textValue();
        EventType type = EventType.fromType(typeName).orElseThrow(() -> new UnknownEventTypeException(
                typeName, textOrNull(tree.get("id")), textOrNull(tree.get("subject"))));
        JavaType javaType = MAPPER.getTypeFactory().constructParametricType(CloudEvent.class, type.dataClass());
        return read(() -> MAPPER.readerFor(javaType).readValue(tree), "CloudEvent " + typeName);
    }

    private static String textOrNull(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    private interface JsonRead<T> {
        T read() throws IOException;
    }

    private static <T> T read(JsonRead<T> action, String target) {
        try {
            T value = action.read();
            if (value == null) {
                throw new ContractViolationException("$", "expected " + target + ", got null", null);
            }
            return value;
        } catch (JsonProcessingException e) {
            throw JsonViolations.translate(e, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            if (e instanceof ContractViolationException violation) {
                throw violation;
            }
            throw JsonViolations.translate(e, target);
        }
    }
}
