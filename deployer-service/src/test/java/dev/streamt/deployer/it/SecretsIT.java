package dev.streamt.deployer.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.streamt.contracts.changeset.ChangeSet;
import dev.streamt.contracts.events.CloudEvent;
import dev.streamt.contracts.events.EventType;
import dev.streamt.contracts.events.Subject;
import dev.streamt.contracts.events.payload.ApplyRequested;
import dev.streamt.contracts.json.StreamtJson;
import dev.streamt.contracts.manifest.EnvironmentSafety;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A change set whose cluster address and a topic config are {@code ${VAR}} placeholders, applied by the packaged
 * deployer whose environment holds the values: the apply works, and no resolved value is in an event, a row of the
 * deployer's schema or the service log.
 */
class SecretsIT {

    private static final String RETENTION = "86400123";
    private static Platform platform;
    private static String resolvedBootstrap;

    @BeforeAll
    static void start() throws Exception {
        // The project's address is spelled differently from the platform's own Kafka address (localhost), which the
        // service legitimately knows from its configuration: so finding it anywhere means it leaked.
        platform = Platform.start(Map.of(), bootstrap -> {
            resolvedBootstrap = bootstrap;
            return Map.of("STREAMT_IT_BOOTSTRAP", bootstrap, "STREAMT_IT_RETENTION", RETENTION);
        });
    }

    @AfterAll
    static void stop() throws Exception {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void placeholdersResolveForTheCallOnlyAndNeverReachEventsRowsOrLogs() throws Exception {
        ChangeSet changeSet = Plans.changeSet("secrets", "${STREAMT_IT_BOOTSTRAP}", EnvironmentSafety.UNPROTECTED,
                List.of(Plans.create("secret.orders", 2, Map.of("retention.ms", "${STREAMT_IT_RETENTION}"))));
        platform.plan(changeSet);
        CloudEvent<ApplyRequested> command = CloudEvent.initial(EventType.APPLY_REQUESTED, "/tests",
                Subject.of("payments", "secrets"), new ApplyRequested(changeSet.id(), false, null));

        platform.bus.send(command);
        platform.bus.awaitCausedBy(command.id(), EventType.DEPLOYMENT_SUCCEEDED);

        try (Admin admin = platform.broker.createAdmin()) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, "secret.orders");
            assertThat(admin.describeConfigs(List.of(topic)).all().get().get(topic).get("retention.ms").value())
                    .isEqualTo(RETENTION);
        }
        List<String> secrets = List.of(resolvedBootstrap, RETENTION);
        for (CloudEvent<?> event : platform.bus.events()) {
            String json = new String(StreamtJson.writeEvent(event), StandardCharsets.UTF_8);
            assertThat(json).as("event %s", event.type()).doesNotContain(secrets);
        }
        String rows = dumpDeployerSchema();
        assertThat(rows).contains("${STREAMT_IT_BOOTSTRAP}").doesNotContain(secrets);
        assertThat(Files.readString(platform.deployer.log())).contains("deployment").doesNotContain(secrets);
    }

    /** Every row of every table of the deployer's schema as text (binary columns decoded as UTF-8). */
    private static String dumpDeployerSchema() throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection c = platform.db.openConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = s.executeQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'deployer'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            assertThat(tables).contains("change_set", "deployment", "deployment_step", "streamt_outbox");
            for (String table : tables) {
                try (ResultSet r = s.executeQuery("SELECT * FROM deployer." + table)) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            int type = meta.getColumnType(i);
                            boolean binary = type == Types.BINARY || type == Types.VARBINARY
                                    || type == Types.LONGVARBINARY;
                            byte[] bytes = binary ? r.getBytes(i) : null;
                            text.append(binary ? (bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8))
                                    : r.getString(i)).append('\t');
                        }
                        text.append('\n');
                    }
                }
            }
        }
        return text.toString();
    }
}
