package dev.streamt.contracts.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.paramnames.ParameterNamesModule;
import dev.streamt.contracts.ContractSamples;
import dev.streamt.contracts.events.CloudEvent;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records carry their wire format in annotations (snake_case naming, enum and id values), so a mapper that a
 * framework configured on its own, like Quarkus REST's (parameter names module, ISO dates, no naming strategy, no map
 * sorting), writes exactly the bytes of {@link StreamtJson} and reads them back.
 */
class FrameworkMapperTest {

    private static final ObjectMapper FRAMEWORK = JsonMapper.builder()
            .addModule(new ParameterNamesModule())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static Stream<Arguments> samples() {
        return ContractSamples.oneOfEveryRecord().entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey().getSimpleName(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void frameworkMapperWritesAndReadsTheContractJson(String name, Object sample) throws Exception {
        String json = FRAMEWORK.writeValueAsString(sample);

        assertThat(json).isEqualTo(StreamtJson.toJson(sample));
        JavaType type = sample instanceof CloudEvent<?> event
                ? FRAMEWORK.getTypeFactory().constructParametricType(CloudEvent.class, event.type().dataClass())
                : FRAMEWORK.constructType(sample.getClass());
        Object read = FRAMEWORK.readValue(json, type);
        assertThat(read).isEqualTo(sample);
    }
}
