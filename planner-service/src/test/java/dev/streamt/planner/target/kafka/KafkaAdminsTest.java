package dev.streamt.planner.target.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.streamt.contracts.manifest.KafkaConnection;
import dev.streamt.planner.core.TargetUnavailableException;
import dev.streamt.runtime.secrets.Placeholders;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class KafkaAdminsTest {

    @Test
    void anUnsetVariableOfTheConnectionIsUnavailableAndNamed() {
        try (KafkaAdmins admins = new KafkaAdmins(new Placeholders(name -> null), Duration.ofSeconds(1))) {
            TargetUnavailableException e = catchThrowableOfType(TargetUnavailableException.class,
                    () -> admins.metadata(KafkaConnection.plaintext("${ORDERS_KAFKA_BOOTSTRAP}")));
            assertThat(e.missingVariables()).containsExactly("ORDERS_KAFKA_BOOTSTRAP");
            assertThat(e.getMessage()).contains("ORDERS_KAFKA_BOOTSTRAP").contains("not set");
        }
    }
}
