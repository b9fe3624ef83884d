package dev.streamt.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;

import org.junit.jupiter.api.Test;

class PostgresResourceIT {

    static class SampleTest {
        @InjectPostgres
        EmbeddedPostgresDatabase postgres;
    }

    @Test
    void startsPostgresAndConfiguresTheDefaultDatasource() throws Exception {
        PostgresResource resource = new PostgresResource();
        resource.init(Map.of(PostgresResource.DATABASE, "lineage"));
        try {
            Map<String, String> config = resource.start();

            assertThat(config).containsEntry("quarkus.datasource.db-kind", "postgresql")
                    .containsEntry("quarkus.datasource.username", "postgres")
                    .containsEntry("quarkus.datasource.password", "postgres");
            String url = config.get("quarkus.datasource.jdbc.url");
            assertThat(url).matches("jdbc:postgresql://localhost:\\d+/lineage");
            try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                 ResultSet rows = connection.createStatement().executeQuery("SELECT current_database()")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("lineage");
            }

            SampleTest test = new SampleTest();
            resource.inject(new FieldInjector(test));
            assertThat(test.postgres).isSameAs(resource.database());
        } finally {
            resource.stop();
        }
    }

    @Test
    void configuresANamedDatasource() {
        PostgresResource resource = new PostgresResource();
        resource.init(Map.of(PostgresResource.DATASOURCE, "lineage"));
        try {
            assertThat(resource.start()).containsKeys("quarkus.datasource.\"lineage\".jdbc.url",
                    "quarkus.datasource.\"lineage\".db-kind", "quarkus.datasource.\"lineage\".username",
                    "quarkus.datasource.\"lineage\".password");
        } finally {
            resource.stop();
        }
    }
}
