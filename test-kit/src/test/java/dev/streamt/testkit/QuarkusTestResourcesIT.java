package dev.streamt.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Both resources the way a service test uses them: Quarkus starts them, reads their config and injects fields. */
@QuarkusTest
@QuarkusTestResource(value = KafkaResource.class, restrictToAnnotatedClass = true,
        initArgs = @ResourceArg(name = KafkaResource.TOPICS, value = "pipelines:2"))
@QuarkusTestResource(value = PostgresResource.class, restrictToAnnotatedClass = true)
class QuarkusTestResourcesIT {

    @InjectKafkaBroker
    KafkaBroker broker;

    @InjectPostgres
    EmbeddedPostgresDatabase postgres;

    @Test
    void applicationSeesTheBrokerAndTheDatabase() throws Exception {
        var config = ConfigProvider.getConfig();

        assertThat(broker).isNotNull();
        assertThat(config.getValue("kafka.bootstrap.servers", String.class)).isEqualTo(broker.bootstrapServers());
        assertThat(config.getValue("testkit.kafka.bootstrap-servers", String.class)).isEqualTo(broker.bootstrapServers());

        assertThat(postgres).isNotNull();
        assertThat(config.getValue("quarkus.datasource.jdbc.url", String.class)).isEqualTo(postgres.jdbcUrl());
        try (Connection connection = postgres.openConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT 1")) {
            assertThat(rows.next()).isTrue();
        }
        try (var admin = broker.createAdmin()) {
            assertThat(admin.listTopics().names().get()).contains("pipelines");
        }
    }
}
