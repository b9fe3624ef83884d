package dev.streamt.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.json.StreamtJson;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every record of the contracts survives a JSON round trip unchanged. The records are discovered from the compiled
 * classes, so a new record without a sample fails {@link #everyRecordHasASample()}.
 */
class RoundTripTest {

    static Stream<Arguments> recordSamples() {
        return ContractSamples.oneOfEveryRecord().entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey().getSimpleName(), entry.getValue()));
    }

    @Test
    void everyRecordHasASample() {
        Set<String> sampled = new TreeSet<>();
        ContractSamples.oneOfEveryRecord().keySet().forEach(type -> sampled.add(type.getName()));
        Set<String> declared = new TreeSet<>();
        ContractClasses.all().stream().filter(Class::isRecord).forEach(type -> declared.add(type.getName()));

        assertThat(declared).hasSizeGreaterThan(50);
        assertThat(sampled).as("record classes without a sample in ContractSamples").containsAll(declared);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordSamples")
    void roundTripsThroughJson(String name, Object sample) {
        Object read;
        if (sample instanceof CloudEvent<?> event) {
            read = StreamtJson.readEvent(StreamtJson.writeEvent(event));
        } else {
            read = StreamtJson.fromJson(StreamtJson.toJson(sample), sample.getClass());
        }

        assertThat(read).isEqualTo(sample);
        assertThat(StreamtJson.toJson(read)).isEqualTo(StreamtJson.toJson(sample));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordSamples")
    void roundTripsThroughBytesAndMaps(String name, Object sample) {
        if (sample instanceof CloudEvent<?>) {
            return;
        }
        assertThat(StreamtJson.fromJson(StreamtJson.toBytes(sample), sample.getClass())).isEqualTo(sample);
        if (StreamtJson.mapper().valueToTree(sample).isObject()) {
            assertThat(StreamtJson.fromMap(StreamtJson.toMap(sample), sample.getClass())).isEqualTo(sample);
        }
    }
}
