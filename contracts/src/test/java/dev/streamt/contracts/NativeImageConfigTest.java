package dev.streamt.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.json.StreamtSchemas;
import java.io.IOException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The GraalVM native-image metadata shipped in this jar ({@code META-INF/native-image/dev.streamt/contracts/})
 * registers every record and enum for the reflection Jackson uses, and the JSON Schemas as resources, so services that
 * use the contracts build natively without their own registration. Regenerate with {@code
 * -Dstreamt.schemas.write=true}.
 */
class NativeImageConfigTest {

    private static final String DIRECTORY = "META-INF/native-image/dev.streamt/contracts/";
    private static final String REFLECT_CONFIG = DIRECTORY + "reflect-config.json";
    private static final String[] FLAGS = {"allDeclaredConstructors", "allPublicConstructors", "allDeclaredMethods",
        "allPublicMethods", "allDeclaredFields", "allPublicFields", "queryAllDeclaredMethods",
        "queryAllDeclaredConstructors"};

    @Test
    void reflectConfigRegistersEveryRecordAndEnum() throws IOException {
        String expected = StreamtJson.toPrettyJson(reflectConfig()) + "\n";
        if (GeneratedResources.writeRequested()) {
            GeneratedResources.write(REFLECT_CONFIG, expected);
        }
        assertThat(GeneratedResources.read(REFLECT_CONFIG))
                .as("%s is out of date: regenerate it with `./mvnw -B -f contracts/pom.xml verify "
                        + "-Dstreamt.schemas.write=true` and commit the result", REFLECT_CONFIG)
                .isEqualTo(expected);
    }

    @Test
    void resourceConfigIncludesEverySchema() throws IOException {
        JsonNode config = StreamtJson.fromJson(GeneratedResources.read(DIRECTORY + "resource-config.json"),
                JsonNode.class);
        Pattern pattern = Pattern.compile(config.at("/resources/includes/0/pattern").textValue());

        assertThat(pattern.matcher(StreamtSchemas.MANIFEST).matches()).isTrue();
        for (EventType type : EventType.values()) {
            assertThat(pattern.matcher(StreamtSchemas.eventResource(type)).matches()).as(type.type()).isTrue();
        }
    }

    private static ArrayNode reflectConfig() {
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        for (Class<?> type : ContractClasses.all()) {
            if (type.isRecord() || type.isEnum()) {
                var entry = entries.addObject().put("name", type.getName());
                for (String flag : FLAGS) {
                    entry.put(flag, true);
                }
            }
        }
        return entries;
    }
}
