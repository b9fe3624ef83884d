package dev.streamt.runtime.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.manifest.KafkaConnection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretScrubberTest {

    private static final Placeholders ENV = new Placeholders(Map.of("BOOTSTRAP", "broker-7.internal:9093",
            "HOST", "broker-7.internal", "RETENTION", "86400123", "PASSWORD", "s3cr3t", "EMPTY", "")::get);

    @Test
    void replacesEveryResolvedValueByItsPlaceholder() {
        SecretScrubber scrubber = SecretScrubber.of(ENV, List.of("${BOOTSTRAP}", "${RETENTION}"));

        assertThat(scrubber.scrub("Couldn't resolve server broker-7.internal:9093; retention 86400123 refused"))
                .isEqualTo("Couldn't resolve server ${BOOTSTRAP}; retention ${RETENTION} refused");
    }

    @Test
    void aLongerValueWinsOverAValueInsideIt() {
        SecretScrubber scrubber = SecretScrubber.of(ENV, List.of("${HOST}", "${BOOTSTRAP}"));

        assertThat(scrubber.scrub("to broker-7.internal:9093 and broker-7.internal"))
                .isEqualTo("to ${BOOTSTRAP} and ${HOST}");
    }

    @Test
    void placeholdersInsideLongerTextsAndEveryConnectionFieldCount() {
        KafkaConnection connection = new KafkaConnection("${HOST}:9092", null, "SASL_SSL", "PLAIN", "app",
                "${PASSWORD}", Map.of("truststore_password", "${PASSWORD}"));

        SecretScrubber scrubber = SecretScrubber.of(ENV, SecretScrubber.textsOf(connection));

        assertThat(scrubber.scrub("login of app with s3cr3t to broker-7.internal:9092 failed"))
                .isEqualTo("login of app with ${PASSWORD} to ${HOST}:9092 failed");
    }

    @Test
    void unsetAndEmptyVariablesAndTextsWithoutPlaceholdersChangeNothing() {
        SecretScrubber scrubber = SecretScrubber.of(ENV, List.of("${UNSET}", "${EMPTY}", "86400123"));

        assertThat(scrubber.scrub("86400123 stays: it was written, not resolved")).isEqualTo(
                "86400123 stays: it was written, not resolved");
        assertThat(scrubber.scrub(null)).isNull();
        assertThat(SecretScrubber.none().scrub("broker-7.internal")).isEqualTo("broker-7.internal");
    }
}
